using Maiev.Node.Persistence.Sqlite;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Maiev.TestKit.Persistence;

namespace Maiev.Node.Tests.Persistence.Sqlite;

/// <summary>The SQLite snapshot store passes the conformance spec against a real temp file.</summary>
public sealed class SqliteSnapshotStoreTests : SnapshotStoreSpec, IDisposable
{
    private readonly TempSqliteFile _file = new();

    protected override ISnapshotStore CreateStore(EventTypeRegistry registry) =>
        new SqliteSnapshotStore(new SqliteDatabase(_file.ConnectionString), registry);

    public void Dispose() => _file.Dispose();
}
