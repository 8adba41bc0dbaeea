using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Microsoft.Data.Sqlite;

namespace Maiev.Node.Persistence.Sqlite;

/// <summary>Snapshots in the same SQLite file as the journal (table <c>snapshots</c>).</summary>
internal sealed class SqliteSnapshotStore : ISnapshotStore
{
    private readonly SqliteDatabase _database;
    private readonly EventTypeRegistry _registry;

    public SqliteSnapshotStore(SqliteDatabase database, EventTypeRegistry registry)
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
        await ExecuteWriteAsync(
            "INSERT INTO snapshots (persistence_id, sequence_nr, created_at, manifest, version, payload) " +
            "VALUES ($pid, $seq, $at, $manifest, $version, $payload) " +
            "ON CONFLICT (persistence_id, sequence_nr) DO UPDATE SET created_at = excluded.created_at, " +
            "manifest = excluded.manifest, version = excluded.version, payload = excluded.payload;",
            c =>
            {
                c.Parameters.AddWithValue("$pid", metadata.PersistenceId);
                c.Parameters.AddWithValue("$seq", metadata.SequenceNr);
                c.Parameters.AddWithValue("$at", JournalTime.ToUnixMicroseconds(metadata.Timestamp));
                c.Parameters.AddWithValue("$manifest", data.Manifest);
                c.Parameters.AddWithValue("$version", data.Version);
                c.Parameters.Add("$payload", SqliteType.Blob).Value = data.Data;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT sequence_nr, created_at, manifest, version, payload FROM snapshots WHERE persistence_id = $pid AND " +
            Where + " ORDER BY sequence_nr DESC LIMIT 1;";
        Bind(command, persistenceId, criteria);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var seq = reader.GetInt64(0);
        var state = _registry.Deserialize(reader.GetString(2), reader.GetInt32(3), (byte[])reader.GetValue(4), persistenceId, seq);
        return new SelectedSnapshot(new SnapshotMetadata(persistenceId, seq, JournalTime.FromUnixMicroseconds(reader.GetInt64(1))), state);
    }

    /// <inheritdoc />
    public Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return ExecuteWriteAsync(
            "DELETE FROM snapshots WHERE persistence_id = $pid AND sequence_nr = $seq;",
            c =>
            {
                c.Parameters.AddWithValue("$pid", metadata.PersistenceId);
                c.Parameters.AddWithValue("$seq", metadata.SequenceNr);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return ExecuteWriteAsync(
            "DELETE FROM snapshots WHERE persistence_id = $pid AND " + Where + ";",
            c => Bind(c, persistenceId, criteria),
            cancellationToken);
    }

    private const string Where =
        "sequence_nr BETWEEN $minSeq AND $maxSeq AND created_at BETWEEN $minAt AND $maxAt";

    private static void Bind(SqliteCommand command, string persistenceId, SnapshotSelectionCriteria criteria)
    {
        command.Parameters.AddWithValue("$pid", persistenceId);
        command.Parameters.AddWithValue("$minSeq", criteria.MinSequenceNr);
        command.Parameters.AddWithValue("$maxSeq", criteria.MaxSequenceNr);
        command.Parameters.AddWithValue("$minAt", JournalTime.ToUnixMicroseconds(criteria.MinTimestamp));
        command.Parameters.AddWithValue("$maxAt", JournalTime.ToUnixMicroseconds(criteria.MaxTimestamp));
    }

    private async Task ExecuteWriteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await _database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _database.WriteGate.Release();
        }
    }
}
