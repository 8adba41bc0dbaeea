using Maiev.Node.Persistence.Postgres;
using Maiev.TestKit.Servers;
using Npgsql;

namespace Maiev.Node.Tests.Persistence.Postgres;

/// <summary>
/// A schema of its own for one test class, dropped afterwards; hands out <see cref="PostgresDatabase"/>s over it and
/// disposes them. Touches the server only when a test asks for a database.
/// </summary>
public sealed class PostgresSchemaFixture : IDisposable
{
    private readonly List<PostgresDatabase> _databases = [];

    /// <summary>A unique, valid schema name.</summary>
    public string Schema { get; } = "t_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>A new pool over the class's schema (the migrations run on first use).</summary>
    internal PostgresDatabase Open(string? connectionString = null)
    {
        var database = new PostgresDatabase(connectionString ?? TestServers.Postgres, Schema);
        lock (_databases)
        {
            _databases.Add(database);
        }

        return database;
    }

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }

        if (_databases.Count > 0)
        {
            using var connection = new NpgsqlConnection(TestServers.Postgres);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE", connection);
            drop.ExecuteNonQuery();
        }
    }
}
