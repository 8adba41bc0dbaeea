using Maiev.Node.Persistence;
using Maiev.Node.Tests.Persistence.Sqlite;
using Maiev.Runtime.Persistence;
using Maiev.TestKit.Persistence;

namespace Maiev.Node.Tests.Persistence;

public sealed class PersistenceStoresTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task Create_with_sqlite_settings_gives_a_journal_and_snapshot_store_in_that_file()
    {
        await using var stores = PersistenceStores.Create(new PersistenceSettings(JournalPlugin.Sqlite, _file.ConnectionString), TckRegistry.Create(), TimeProvider.System);

        await stores.Journal.WriteAsync(new AtomicWrite("svc", new EventToWrite(1, new TckEvent("x", 1))), CancellationToken.None);
        await stores.Snapshots.SaveAsync(new SnapshotMetadata("svc", 1, DateTimeOffset.UnixEpoch), new TckSnapshot("s", 1), CancellationToken.None);

        Assert.True(File.Exists(_file.Path), $"expected the journal file at {_file.Path}");
        Assert.Equal(1, await stores.Journal.ReadHighestSequenceNrAsync("svc", CancellationToken.None));
        Assert.NotNull(await stores.Snapshots.LoadAsync("svc", SnapshotSelectionCriteria.Latest, CancellationToken.None));
    }

    [Fact]
    public void Create_with_invalid_settings_lists_every_error()
    {
        var error = Assert.Throws<ArgumentException>(() => PersistenceStores.Create(
            new PersistenceSettings(JournalPlugin.Postgres, "", Schema: "X"), TckRegistry.Create(), TimeProvider.System));

        Assert.Contains("maiev.persistence.connection-string", error.Message, StringComparison.Ordinal);
        Assert.Contains("maiev.persistence.schema", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _file.Dispose();
}
