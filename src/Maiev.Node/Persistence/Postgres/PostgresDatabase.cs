using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Maiev.Node.Persistence.Postgres;

/// <summary>
/// The journal's PostgreSQL schema: a connection pool, the quoted schema name, and the embedded migrations applied once
/// on first use (under an advisory lock, so nodes starting together migrate one after the other).
/// </summary>
internal sealed partial class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private const long MigrationLockKey = 0x4d61_6965_7650; // "MaievP"
    private readonly NpgsqlDataSource _dataSource;
    private readonly Lock _initLock = new();
    private Task? _initialization;

    /// <summary>
    /// Uses <paramref name="schema"/> (lowercase letters, digits, '_'; created if missing) of the database at
    /// <paramref name="connectionString"/>. Throws <see cref="ArgumentException"/> for a malformed schema name.
    /// </summary>
    public PostgresDatabase(string connectionString, string schema = "maiev")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        if (!SchemaShape().IsMatch(schema))
        {
            throw new ArgumentException(
                $"schema name '{schema}' must start with a lowercase letter or '_' and hold up to 63 lowercase letters, digits or '_'",
                nameof(schema));
        }

        Schema = schema;
        QuotedSchema = "\"" + schema + "\"";
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>The schema name.</summary>
    public string Schema { get; }

    /// <summary>The schema name quoted for SQL.</summary>
    public string QuotedSchema { get; }

    /// <summary>Replaces <c>{s}</c> in <paramref name="sql"/> with the quoted schema.</summary>
    public string Sql(string sql) => sql.Replace("{s}", QuotedSchema, StringComparison.Ordinal);

    /// <summary>An open connection to a migrated schema. Throws <see cref="NpgsqlException"/> when the server cannot be reached.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        Task initialization;
        lock (_initLock)
        {
            if (_initialization is null || _initialization.IsFaulted || _initialization.IsCanceled)
            {
                _initialization = MigrateAsync(CancellationToken.None);
            }

            initialization = _initialization;
        }

        await initialization.WaitAsync(cancellationToken);
        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        command.CommandText = Sql(
            $"SELECT pg_advisory_xact_lock({MigrationLockKey}); " +
            "CREATE SCHEMA IF NOT EXISTS {s}; " +
            "CREATE TABLE IF NOT EXISTS {s}.schema_migrations (version integer PRIMARY KEY, description text NOT NULL, " +
            "applied_at timestamptz NOT NULL DEFAULT now());");
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = Sql("SELECT coalesce(max(version), 0) FROM {s}.schema_migrations;");
        var applied = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        var known = PostgresMigrations.Steps[^1].Version;
        if (applied > known)
        {
            throw new InvalidOperationException(
                $"the journal schema '{Schema}' is at version {applied}, newer than this Maiev knows ({known})");
        }

        foreach (var (version, description, sql) in PostgresMigrations.Steps.Where(s => s.Version > applied))
        {
            command.CommandText = Sql(sql) + Sql(" INSERT INTO {s}.schema_migrations (version, description) VALUES (@v, @d);");
            command.Parameters.Clear();
            command.Parameters.AddWithValue("v", version);
            command.Parameters.AddWithValue("d", description);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaShape();
}
