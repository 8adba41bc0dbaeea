using Maiev.Node.Persistence.Postgres;
using Maiev.Runtime.Persistence;
using Maiev.TestKit.Persistence;
using Maiev.TestKit.Servers;
using Npgsql;

namespace Maiev.Node.Tests.Persistence.Postgres;

/// <summary>What the PostgreSQL journal does when the server misbehaves: a lost write is a failure, never a success.</summary>
public sealed class PostgresJournalFailureTests(PostgresSchemaFixture schema) : IClassFixture<PostgresSchemaFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [ServerFact(Server.Postgres)]
    public async Task Write_whose_connection_is_killed_mid_transaction_fails_and_stores_nothing()
    {
        var app = "maiev-kill-" + Guid.NewGuid().ToString("N")[..8];
        var connectionString = new NpgsqlConnectionStringBuilder(TestServers.Postgres) { ApplicationName = app, Pooling = false }.ToString();
        var journal = new PostgresJournal(schema.Open(connectionString), TckRegistry.Create(), TimeProvider.System);
        var id = "kill-" + Guid.NewGuid().ToString("N")[..8];
        await journal.WriteAsync(new AtomicWrite(id, new EventToWrite(1, new TckEvent("first", 1))), CancellationToken.None);

        await using var admin = new NpgsqlConnection(TestServers.Postgres);
        await admin.OpenAsync();
        await using var hold = await admin.BeginTransactionAsync();
        await Execute(admin, $"SELECT last_ordering FROM \"{schema.Schema}\".journal_offset WHERE id = 1 FOR UPDATE");

        var write = journal.WriteAsync(new AtomicWrite(id, new EventToWrite(2, new TckEvent("second", 2))), CancellationToken.None);
        var waiting = await WaitForBlockedBackendAsync(app);
        Assert.True(waiting is not null, $"the writer ({app}) never blocked on the offset row within {Patience}");
        await using (var kill = new NpgsqlConnection(TestServers.Postgres))
        {
            await kill.OpenAsync();
            await Execute(kill, $"SELECT pg_terminate_backend({waiting})");
        }

        var error = await Assert.ThrowsAsync<JournalWriteFailedException>(() => write);
        await hold.RollbackAsync();

        Assert.True(error.IsTransient, $"a lost connection should be transient: {error.Message}");
        Assert.Equal(1, await journal.ReadHighestSequenceNrAsync(id, CancellationToken.None));
        Assert.Single(await journal.ReplayAsync(id, 1, long.MaxValue, long.MaxValue, CancellationToken.None).ToListAsync());
    }

    [ServerFact(Server.Postgres)]
    public async Task Write_to_an_unreachable_server_fails_as_transient()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Port = 1, Timeout = 3 }.ToString();
        var journal = new PostgresJournal(schema.Open(unreachable), TckRegistry.Create(), TimeProvider.System);

        var error = await Assert.ThrowsAsync<JournalWriteFailedException>(() =>
            journal.WriteAsync(new AtomicWrite("nowhere", new EventToWrite(1, new TckEvent("x", 1))), CancellationToken.None));

        Assert.True(error.IsTransient, error.Message);
        Assert.DoesNotContain("Password", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [ServerFact(Server.Postgres)]
    public async Task Taken_sequence_number_surfaces_sqlstate_23505_as_the_concurrency_error()
    {
        var id = "fence-" + Guid.NewGuid().ToString("N")[..8];
        var nodeA = new PostgresJournal(schema.Open(), TckRegistry.Create(), TimeProvider.System);
        var nodeB = new PostgresJournal(schema.Open(), TckRegistry.Create(), TimeProvider.System);
        await nodeA.WriteAsync(new AtomicWrite(id, new EventToWrite(1, new TckEvent("a", 1))), CancellationToken.None);

        var error = await Assert.ThrowsAsync<JournalConcurrencyException>(() =>
            nodeB.WriteAsync(new AtomicWrite(id, new EventToWrite(1, new TckEvent("b", 1))), CancellationToken.None));

        Assert.Equal(PostgresErrors.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [ServerFact(Server.Postgres)]
    public async Task Nodes_starting_together_on_a_new_schema_migrate_once()
    {
        var journals = Enumerable.Range(0, 4).Select(_ => new PostgresJournal(schema.Open(), TckRegistry.Create(), TimeProvider.System)).ToList();

        await Task.WhenAll(journals.Select(j => Task.Run(() => j.ReadHighestOffsetAsync(CancellationToken.None))));

        await using var connection = new NpgsqlConnection(TestServers.Postgres);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{schema.Schema}\".schema_migrations", connection);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public void Database_refuses_a_malformed_schema_name()
    {
        var error = Assert.Throws<ArgumentException>(() => new PostgresDatabase("Host=127.0.0.1", "bad-name; DROP"));

        Assert.Contains("'bad-name; DROP'", error.Message, StringComparison.Ordinal);
    }

    private static async Task<int?> WaitForBlockedBackendAsync(string app)
    {
        await using var connection = new NpgsqlConnection(TestServers.Postgres);
        await connection.OpenAsync();
        using var deadline = new CancellationTokenSource(Patience);
        while (!deadline.IsCancellationRequested)
        {
            await using var find = new NpgsqlCommand(
                "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'", connection);
            find.Parameters.Add(new NpgsqlParameter<string> { TypedValue = app });
            if (await find.ExecuteScalarAsync() is int pid)
            {
                return pid;
            }

            await Task.Delay(50);
        }

        return null;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
