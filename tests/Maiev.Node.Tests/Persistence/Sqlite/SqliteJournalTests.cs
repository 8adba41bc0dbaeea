using Maiev.Node.Persistence.Sqlite;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Maiev.TestKit.Persistence;

namespace Maiev.Node.Tests.Persistence.Sqlite;

/// <summary>The SQLite journal passes the conformance spec against a real temp file (one file per test).</summary>
public sealed class SqliteJournalTests : JournalSpec, IDisposable
{
    private readonly TempSqliteFile _file = new();

    protected override IJournal CreateJournal(EventTypeRegistry registry, TimeProvider timeProvider) =>
        new SqliteJournal(new SqliteDatabase(_file.ConnectionString), registry, timeProvider);

    public void Dispose() => _file.Dispose();
}
