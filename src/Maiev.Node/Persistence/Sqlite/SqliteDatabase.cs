using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Maiev.Node.Persistence.Sqlite;

/// <summary>
/// One SQLite journal file: opens connections with the durability settings (WAL, synchronous FULL, busy timeout),
/// creates and migrates the schema once on first use, and serializes this process's writers to the file so they queue
/// instead of spinning on SQLITE_BUSY. Readers never wait for writers (WAL).
/// </summary>
internal sealed class SqliteDatabase
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);
    private readonly string _connectionString;
    private readonly Lock _initLock = new();
    private Task? _initialization;

    /// <summary>Uses the file named by <paramref name="connectionString"/> (e.g. <c>Data Source=/var/lib/maiev/maiev.db</c>).</summary>
    public SqliteDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new ArgumentException("the SQLite connection string names no file: set 'Data Source=PATH'", nameof(connectionString));
        }

        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        builder.Pooling = true;
        _connectionString = builder.ToString();
        FilePath = Path.GetFullPath(builder.DataSource);
        WriteGate = WriteGates.GetOrAdd(FilePath, _ => new SemaphoreSlim(1, 1));
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <summary>Held by every writer of this process to the file.</summary>
    public SemaphoreSlim WriteGate { get; }

    /// <summary>An open connection, schema ensured, with the per-connection durability settings applied.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        Task initialization;
        lock (_initLock)
        {
            // One shared attempt; a failed one is retried by the next caller.
            if (_initialization is null || _initialization.IsFaulted || _initialization.IsCanceled)
            {
                _initialization = InitializeAsync(CancellationToken.None);
            }

            initialization = _initialization;
        }

        await initialization.WaitAsync(cancellationToken);

        return await OpenRawAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        await using var connection = await OpenRawAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        // BEGIN IMMEDIATE: two processes starting on one file migrate one after the other.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (version > SqliteMigrations.Steps.Count)
        {
            throw new InvalidOperationException(
                $"the SQLite journal {FilePath} has schema version {version}, newer than this Maiev knows ({SqliteMigrations.Steps.Count})");
        }

        for (var step = version; step < SqliteMigrations.Steps.Count; step++)
        {
            command.CommandText = SqliteMigrations.Steps[step] + $"\nPRAGMA user_version = {step + 1};";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
