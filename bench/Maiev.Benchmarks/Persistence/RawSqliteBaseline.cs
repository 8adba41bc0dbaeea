using System.Text.Json;
using Maiev.Runtime.Persistence;
using Microsoft.Data.Sqlite;

namespace Maiev.Benchmarks.Persistence;

/// <summary>Plain Microsoft.Data.Sqlite on one long-lived connection, same pragmas and table shape as the journal.</summary>
internal sealed class RawSqliteBaseline(string connectionString) : IRawBaseline
{
    private readonly SqliteConnection _connection = new(connectionString);

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await _connection.OpenAsync(cancellationToken);
        await ExecAsync(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; " +
            "CREATE TABLE raw_journal (ordering INTEGER PRIMARY KEY AUTOINCREMENT, persistence_id TEXT NOT NULL, sequence_nr INTEGER NOT NULL, " +
            "manifest TEXT NOT NULL, version INTEGER NOT NULL, payload BLOB NOT NULL, tags TEXT NOT NULL, written_at INTEGER NOT NULL, " +
            "UNIQUE (persistence_id, sequence_nr)); " +
            "CREATE TABLE raw_snapshots (persistence_id TEXT NOT NULL, sequence_nr INTEGER NOT NULL, created_at INTEGER NOT NULL, " +
            "manifest TEXT NOT NULL, version INTEGER NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (persistence_id, sequence_nr)) WITHOUT ROWID;",
            cancellationToken);
    }

    public async Task AppendAsync(string persistenceId, long fromSeq, IReadOnlyList<byte[]> payloads, CancellationToken cancellationToken)
    {
        await using var transaction = payloads.Count > 1 ? _connection.BeginTransaction() : null;
        await using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO raw_journal (persistence_id, sequence_nr, manifest, version, payload, tags, written_at) " +
            "VALUES ($pid, $seq, 'bench.event', 1, $payload, '[]', $at);";
        insert.Parameters.AddWithValue("$pid", persistenceId);
        var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var payload = insert.Parameters.Add("$payload", SqliteType.Blob);
        insert.Parameters.AddWithValue("$at", JournalTime.ToUnixMicroseconds(DateTimeOffset.UtcNow));
        for (var i = 0; i < payloads.Count; i++)
        {
            seq.Value = fromSeq + i;
            payload.Value = payloads[i];
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        transaction?.Commit();
    }

    public async Task<int> ReplayAsync(string persistenceId, long afterSeq, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT sequence_nr, payload FROM raw_journal WHERE persistence_id = $pid AND sequence_nr > $after ORDER BY sequence_nr;";
        command.Parameters.AddWithValue("$pid", persistenceId);
        command.Parameters.AddWithValue("$after", afterSeq);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            _ = JsonSerializer.Deserialize<BenchEvent>((byte[])reader.GetValue(1), JsonSerializerOptions.Web);
            count++;
        }

        return count;
    }

    public async Task SaveSnapshotAsync(string persistenceId, long seq, byte[] data, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "INSERT INTO raw_snapshots VALUES ($pid, $seq, 0, 'bench.state', 1, $payload);";
        command.Parameters.AddWithValue("$pid", persistenceId);
        command.Parameters.AddWithValue("$seq", seq);
        command.Parameters.AddWithValue("$payload", data);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> LoadLatestSnapshotAsync(string persistenceId, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT sequence_nr, payload FROM raw_snapshots WHERE persistence_id = $pid ORDER BY sequence_nr DESC LIMIT 1;";
        command.Parameters.AddWithValue("$pid", persistenceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return 0;
        }

        _ = JsonSerializer.Deserialize<BenchState>((byte[])reader.GetValue(1), JsonSerializerOptions.Web);
        return reader.GetInt64(0);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task ExecAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
