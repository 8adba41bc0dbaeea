using System.Text.Json;
using Npgsql;

namespace Maiev.Benchmarks.Persistence;

/// <summary>Plain Npgsql on one long-lived connection: autocommit INSERTs, or an NpgsqlBatch of INSERTs in a transaction.</summary>
internal sealed class RawPostgresBaseline(string connectionString, string schema) : IRawBaseline
{
    private readonly NpgsqlConnection _connection = new(connectionString);

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await _connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"CREATE SCHEMA IF NOT EXISTS \"{schema}\"; " +
            $"CREATE TABLE \"{schema}\".raw_journal (ordering bigserial PRIMARY KEY, persistence_id text NOT NULL, sequence_nr bigint NOT NULL, " +
            "manifest text NOT NULL, version integer NOT NULL, payload bytea NOT NULL, tags text[] NOT NULL, written_at timestamptz NOT NULL, " +
            "UNIQUE (persistence_id, sequence_nr)); " +
            $"CREATE TABLE \"{schema}\".raw_snapshots (persistence_id text NOT NULL, sequence_nr bigint NOT NULL, created_at timestamptz NOT NULL, " +
            "manifest text NOT NULL, version integer NOT NULL, payload bytea NOT NULL, PRIMARY KEY (persistence_id, sequence_nr));",
            _connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AppendAsync(string persistenceId, long fromSeq, IReadOnlyList<byte[]> payloads, CancellationToken cancellationToken)
    {
        var sql = $"INSERT INTO \"{schema}\".raw_journal (persistence_id, sequence_nr, manifest, version, payload, tags, written_at) " +
            "VALUES ($1, $2, 'bench.event', 1, $3, '{}', now())";
        await using var transaction = payloads.Count > 1 ? await _connection.BeginTransactionAsync(cancellationToken) : null;
        await using var batch = new NpgsqlBatch(_connection, transaction);
        for (var i = 0; i < payloads.Count; i++)
        {
            var insert = new NpgsqlBatchCommand(sql);
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
            insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = fromSeq + i });
            insert.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = payloads[i] });
            batch.BatchCommands.Add(insert);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<int> ReplayAsync(string persistenceId, long afterSeq, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT sequence_nr, payload FROM \"{schema}\".raw_journal WHERE persistence_id = $1 AND sequence_nr > $2 ORDER BY sequence_nr", _connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterSeq });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            _ = JsonSerializer.Deserialize<BenchEvent>(reader.GetFieldValue<byte[]>(1), JsonSerializerOptions.Web);
            count++;
        }

        return count;
    }

    public async Task SaveSnapshotAsync(string persistenceId, long seq, byte[] data, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"INSERT INTO \"{schema}\".raw_snapshots VALUES ($1, $2, now(), 'bench.state', 1, $3)", _connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = seq });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = data });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> LoadLatestSnapshotAsync(string persistenceId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT sequence_nr, payload FROM \"{schema}\".raw_snapshots WHERE persistence_id = $1 ORDER BY sequence_nr DESC LIMIT 1", _connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return 0;
        }

        _ = JsonSerializer.Deserialize<BenchState>(reader.GetFieldValue<byte[]>(1), JsonSerializerOptions.Web);
        return reader.GetInt64(0);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
