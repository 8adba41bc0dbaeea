using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Npgsql;

namespace Maiev.Node.Persistence.Postgres;

/// <summary>Snapshots in the journal's PostgreSQL schema (table <c>snapshots</c>).</summary>
internal sealed class PostgresSnapshotStore : ISnapshotStore
{
    private const string Where = "sequence_nr BETWEEN $2 AND $3 AND created_at BETWEEN $4 AND $5";
    private readonly PostgresDatabase _database;
    private readonly EventTypeRegistry _registry;

    public PostgresSnapshotStore(PostgresDatabase database, EventTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(registry);
        _database = database;
        _registry = registry;
    }

    /// <inheritdoc />
    public async Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var data = _registry.Serialize(snapshot);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(_database.Sql(
            "INSERT INTO {s}.snapshots (persistence_id, sequence_nr, created_at, manifest, version, payload) " +
            "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (persistence_id, sequence_nr) DO UPDATE SET " +
            "created_at = EXCLUDED.created_at, manifest = EXCLUDED.manifest, version = EXCLUDED.version, payload = EXCLUDED.payload"), connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = metadata.PersistenceId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = metadata.SequenceNr });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = JournalTime.Truncate(metadata.Timestamp) });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = data.Manifest });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = data.Version });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = data.Data });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT sequence_nr, created_at, manifest, version, payload FROM {s}.snapshots WHERE persistence_id = $1 AND " + Where +
            " ORDER BY sequence_nr DESC LIMIT 1", persistenceId, criteria);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var seq = reader.GetInt64(0);
        var state = _registry.Deserialize(reader.GetString(2), reader.GetInt32(3), reader.GetFieldValue<byte[]>(4), persistenceId, seq);
        return new SelectedSnapshot(new SnapshotMetadata(persistenceId, seq, reader.GetFieldValue<DateTimeOffset>(1)), state);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(_database.Sql("DELETE FROM {s}.snapshots WHERE persistence_id = $1 AND sequence_nr = $2"), connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = metadata.PersistenceId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = metadata.SequenceNr });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = Command(connection, "DELETE FROM {s}.snapshots WHERE persistence_id = $1 AND " + Where, persistenceId, criteria);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private NpgsqlCommand Command(NpgsqlConnection connection, string sql, string persistenceId, SnapshotSelectionCriteria criteria)
    {
        var command = new NpgsqlCommand(_database.Sql(sql), connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = criteria.MinSequenceNr });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = criteria.MaxSequenceNr });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = Clamp(criteria.MinTimestamp) });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = Clamp(criteria.MaxTimestamp) });
        return command;
    }

    // timestamptz spans 4713 BC..294276 AD; DateTimeOffset.MinValue/MaxValue are mapped to -infinity/infinity by Npgsql
    // only when configured, so clamp to values both sides represent.
    private static DateTimeOffset Clamp(DateTimeOffset value) =>
        value.UtcDateTime < new DateTime(1, 1, 2, 0, 0, 0, DateTimeKind.Utc) ? new DateTimeOffset(1, 1, 2, 0, 0, 0, TimeSpan.Zero)
        : value.UtcDateTime > new DateTime(9999, 12, 30, 0, 0, 0, DateTimeKind.Utc) ? new DateTimeOffset(9999, 12, 30, 0, 0, 0, TimeSpan.Zero)
        : JournalTime.Truncate(value);
}
