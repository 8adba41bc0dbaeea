using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Maiev.Runtime.Persistence;
using Microsoft.Data.Sqlite;

namespace Maiev.Node.Persistence.Sqlite;

/// <summary>Reads and deletes of the SQLite journal.</summary>
internal sealed partial class SqliteJournal
{
    private const string Columns = "persistence_id, sequence_nr, manifest, version, payload, tags, written_at, ordering";

    /// <inheritdoc />
    public IAsyncEnumerable<PersistentRepresentation> ReplayAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        return max <= 0 || fromSequenceNr > toSequenceNr
            ? AsyncEnumerable.Empty<PersistentRepresentation>()
            : QueryAsync(
                $"SELECT {Columns} FROM journal WHERE persistence_id = $pid AND sequence_nr BETWEEN $from AND $to ORDER BY sequence_nr LIMIT $max;",
                c =>
                {
                    c.Parameters.AddWithValue("$pid", persistenceId);
                    c.Parameters.AddWithValue("$from", fromSequenceNr);
                    c.Parameters.AddWithValue("$to", toSequenceNr);
                    c.Parameters.AddWithValue("$max", max);
                },
                cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<PersistentRepresentation> ReadAllAsync(long afterOffset, int max, CancellationToken cancellationToken) =>
        max <= 0
            ? AsyncEnumerable.Empty<PersistentRepresentation>()
            : QueryAsync(
                $"SELECT {Columns} FROM journal WHERE ordering > $after ORDER BY ordering LIMIT $max;",
                c =>
                {
                    c.Parameters.AddWithValue("$after", afterOffset);
                    c.Parameters.AddWithValue("$max", max);
                },
                cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<PersistentRepresentation> ReadTaggedAsync(string tag, long afterOffset, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        return max <= 0
            ? AsyncEnumerable.Empty<PersistentRepresentation>()
            : QueryAsync(
                $"SELECT {Columns} FROM journal WHERE ordering IN " +
                "(SELECT ordering FROM journal_tags WHERE tag = $tag AND ordering > $after ORDER BY ordering LIMIT $max) ORDER BY ordering;",
                c =>
                {
                    c.Parameters.AddWithValue("$tag", tag);
                    c.Parameters.AddWithValue("$after", afterOffset);
                    c.Parameters.AddWithValue("$max", max);
                },
                cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT highest_sequence_nr FROM journal_metadata WHERE persistence_id = $pid;";
        command.Parameters.AddWithValue("$pid", persistenceId);
        return await command.ExecuteScalarAsync(cancellationToken) is long highest ? highest : 0;
    }

    /// <inheritdoc />
    public async Task<long> ReadHighestOffsetAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq FROM sqlite_sequence WHERE name = 'journal';";
        return await command.ExecuteScalarAsync(cancellationToken) is long highest ? highest : 0;
    }

    /// <inheritdoc />
    public async Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        await _database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                "DELETE FROM journal_tags WHERE ordering IN " +
                "(SELECT ordering FROM journal WHERE persistence_id = $pid AND sequence_nr <= $to); " +
                "DELETE FROM journal WHERE persistence_id = $pid AND sequence_nr <= $to;";
            command.Parameters.AddWithValue("$pid", persistenceId);
            command.Parameters.AddWithValue("$to", toSequenceNr);
            await command.ExecuteNonQueryAsync(cancellationToken);
            transaction.Commit();
        }
        finally
        {
            _database.WriteGate.Release();
        }
    }

    private async IAsyncEnumerable<PersistentRepresentation> QueryAsync(
        string sql, Action<SqliteCommand> bind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var pid = reader.GetString(0);
            var seq = reader.GetInt64(1);
            var manifest = reader.GetString(2);
            var payload = _registry.Deserialize(manifest, reader.GetInt32(3), (byte[])reader.GetValue(4), pid, seq);
            var tagsJson = reader.GetString(5);
            var tags = tagsJson == "[]" ? [] : JsonSerializer.Deserialize<string[]>(tagsJson) ?? [];
            yield return new PersistentRepresentation(
                pid, seq, payload, manifest, JournalTime.FromUnixMicroseconds(reader.GetInt64(6)), [.. tags], reader.GetInt64(7));
        }
    }
}
