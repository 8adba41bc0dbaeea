using System.Runtime.CompilerServices;
using Maiev.Runtime.Persistence;
using Npgsql;

namespace Maiev.Node.Persistence.Postgres;

/// <summary>Reads and deletes of the PostgreSQL journal.</summary>
internal sealed partial class PostgresJournal
{
    private const string Columns = "j.persistence_id, j.sequence_nr, j.manifest, j.version, j.payload, j.tags, j.written_at, j.ordering";

    /// <inheritdoc />
    public IAsyncEnumerable<PersistentRepresentation> ReplayAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        return max <= 0 || fromSequenceNr > toSequenceNr
            ? AsyncEnumerable.Empty<PersistentRepresentation>()
            : QueryAsync(
                $"SELECT {Columns} FROM {{s}}.journal j WHERE j.persistence_id = $1 AND j.sequence_nr BETWEEN $2 AND $3 " +
                "ORDER BY j.sequence_nr LIMIT $4",
                [persistenceId, fromSequenceNr, toSequenceNr, max],
                cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<PersistentRepresentation> ReadAllAsync(long afterOffset, int max, CancellationToken cancellationToken) =>
        max <= 0
            ? AsyncEnumerable.Empty<PersistentRepresentation>()
            : QueryAsync($"SELECT {Columns} FROM {{s}}.journal j WHERE j.ordering > $1 ORDER BY j.ordering LIMIT $2", [afterOffset, (long)max], cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<PersistentRepresentation> ReadTaggedAsync(string tag, long afterOffset, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        return max <= 0
            ? AsyncEnumerable.Empty<PersistentRepresentation>()
            : QueryAsync(
                $"SELECT {Columns} FROM {{s}}.journal_tags t JOIN {{s}}.journal j ON j.ordering = t.ordering " +
                "WHERE t.tag = $1 AND t.ordering > $2 ORDER BY t.ordering LIMIT $3",
                [tag, afterOffset, (long)max],
                cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        return await ScalarAsync("SELECT highest_sequence_nr FROM {s}.journal_metadata WHERE persistence_id = $1", persistenceId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> ReadHighestOffsetAsync(CancellationToken cancellationToken) =>
        ScalarAsync("SELECT last_ordering FROM {s}.journal_offset WHERE id = 1", null, cancellationToken);

    /// <inheritdoc />
    public async Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            _database.Sql("DELETE FROM {s}.journal WHERE persistence_id = $1 AND sequence_nr <= $2"), connection); // tags cascade
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = toSequenceNr });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<long> ScalarAsync(string sql, string? argument, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(_database.Sql(sql), connection);
        if (argument is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = argument });
        }

        return await command.ExecuteScalarAsync(cancellationToken) is long value ? value : 0;
    }

    private async IAsyncEnumerable<PersistentRepresentation> QueryAsync(
        string sql, object[] arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(_database.Sql(sql), connection);
        foreach (var argument in arguments)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = argument });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var pid = reader.GetString(0);
            var seq = reader.GetInt64(1);
            var manifest = reader.GetString(2);
            var payload = _registry.Deserialize(manifest, reader.GetInt32(3), reader.GetFieldValue<byte[]>(4), pid, seq);
            yield return new PersistentRepresentation(
                pid, seq, payload, manifest, reader.GetFieldValue<DateTimeOffset>(6), [.. reader.GetFieldValue<string[]>(5)], reader.GetInt64(7));
        }
    }
}
