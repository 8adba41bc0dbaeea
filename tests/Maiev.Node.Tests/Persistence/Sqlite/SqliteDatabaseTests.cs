using Maiev.Node.Persistence.Sqlite;
using Maiev.Runtime.Persistence;
using Maiev.TestKit.Persistence;
using Microsoft.Data.Sqlite;

namespace Maiev.Node.Tests.Persistence.Sqlite;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task First_use_creates_the_schema_in_wal_mode_and_reopening_does_not_migrate_again()
    {
        var journal = new SqliteJournal(new SqliteDatabase(_file.ConnectionString), TckRegistry.Create(), TimeProvider.System);
        await journal.WriteAsync(new AtomicWrite("a", new EventToWrite(1, new TckEvent("x", 1))), CancellationToken.None);

        var reopened = new SqliteJournal(new SqliteDatabase(_file.ConnectionString), TckRegistry.Create(), TimeProvider.System);
        Assert.Equal(1, await reopened.ReadHighestSequenceNrAsync("a", CancellationToken.None));

        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode;"));
        Assert.Equal(1L, await ScalarAsync("PRAGMA user_version;"));
    }

    [Fact]
    public async Task A_file_with_a_newer_schema_is_refused_with_its_path_and_versions()
    {
        await ExecuteAsync("PRAGMA user_version = 99;");
        var journal = new SqliteJournal(new SqliteDatabase(_file.ConnectionString), TckRegistry.Create(), TimeProvider.System);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => journal.ReadHighestOffsetAsync(CancellationToken.None));

        Assert.Contains(_file.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readers_read_committed_events_while_another_connection_holds_the_write_lock()
    {
        var journal = new SqliteJournal(new SqliteDatabase(_file.ConnectionString), TckRegistry.Create(), TimeProvider.System);
        await journal.WriteAsync(new AtomicWrite("a", new EventToWrite(1, new TckEvent("x", 1))), CancellationToken.None);
        await using var writer = new SqliteConnection(_file.ConnectionString);
        await writer.OpenAsync();
        await using var pending = writer.BeginTransaction(deferred: false);
        await using (var insert = writer.CreateCommand())
        {
            insert.Transaction = pending;
            insert.CommandText = "INSERT INTO journal_metadata VALUES ('uncommitted', 7);";
            await insert.ExecuteNonQueryAsync();
        }

        var replayed = await journal.ReplayAsync("a", 1, long.MaxValue, long.MaxValue, CancellationToken.None).ToListAsync();

        Assert.Equal(new TckEvent("x", 1), Assert.Single(replayed).Payload);
        Assert.Equal(0, await journal.ReadHighestSequenceNrAsync("uncommitted", CancellationToken.None));
        pending.Rollback();
    }

    public void Dispose() => _file.Dispose();

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(_file.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private async Task ExecuteAsync(string sql) => await ScalarAsync(sql);
}
