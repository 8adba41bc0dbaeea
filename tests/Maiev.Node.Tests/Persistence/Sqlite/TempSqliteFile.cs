using Microsoft.Data.Sqlite;

namespace Maiev.Node.Tests.Persistence.Sqlite;

/// <summary>A journal file in a fresh temp directory, removed (with its WAL) when disposed.</summary>
internal sealed class TempSqliteFile : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("maiev-sqlite-").FullName;

    public string Path => System.IO.Path.Combine(_directory, "journal.db");

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(_directory, recursive: true);
    }
}
