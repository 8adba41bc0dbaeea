using Maiev.Benchmarks.Harness;
using Maiev.Node.Persistence.Postgres;
using Maiev.Node.Persistence.Sqlite;
using Npgsql;

namespace Maiev.Benchmarks.Persistence;

/// <summary>
/// Suite <c>persistence</c>: append throughput (batch 1 and 100) and recovery of an entity with 10,000 events (without
/// snapshots, and with one every 1,000), for SQLite and PostgreSQL, each against the raw driver on the same table shape
/// in the same run. PostgreSQL needs <c>MAIEV_TEST_PG</c> (<c>eval "$(scripts/services.sh env)"</c>).
/// </summary>
internal sealed class PersistenceBenchmark : IBenchmark
{
    public string Suite => "persistence";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var directory = Directory.CreateTempSubdirectory("maiev-bench-");
        try
        {
            var registry = BenchData.Registry();
            var file = new SqliteDatabase($"Data Source={Path.Combine(directory.FullName, "journal.db")}");
            await using var raw = new RawSqliteBaseline($"Data Source={Path.Combine(directory.FullName, "raw.db")}");
            await new StoreBench("sqlite", new SqliteJournal(file, registry, TimeProvider.System), new SqliteSnapshotStore(file, registry), raw, report)
                .RunAsync(batchOneEvents: 200, cancellationToken);
        }
        finally
        {
            SqliteCleanup();
            directory.Delete(recursive: true);
        }

        if (Environment.GetEnvironmentVariable("MAIEV_TEST_PG") is not { Length: > 0 } pg)
        {
            report.Note("postgres: skipped, MAIEV_TEST_PG is not set (eval \"$(scripts/services.sh env)\")");
            return;
        }

        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            var registry = BenchData.Registry();
            await using var database = new PostgresDatabase(pg, schema);
            await using var raw = new RawPostgresBaseline(pg, schema);
            await new StoreBench("postgres", new PostgresJournal(database, registry, TimeProvider.System), new PostgresSnapshotStore(database, registry), raw, report)
                .RunAsync(batchOneEvents: 1000, cancellationToken);
        }
        finally
        {
            await using var connection = new NpgsqlConnection(pg);
            await connection.OpenAsync(cancellationToken);
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void SqliteCleanup() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}
