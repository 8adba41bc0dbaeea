namespace Maiev.Runtime.Persistence;

/// <summary>
/// Journal and snapshot settings, read from HOCON <c>maiev.persistence</c>:
/// <c>plugin</c> (<c>sqlite</c> | <c>postgres</c> | <c>in-memory</c>), <c>connection-string</c>, <c>schema</c>
/// (PostgreSQL only) and <c>snapshot-every</c> (events between snapshots; 0 turns snapshots off).
/// </summary>
/// <param name="Plugin">The store.</param>
/// <param name="ConnectionString">SQLite: <c>Data Source=PATH</c>; PostgreSQL: an Npgsql connection string. Never logged.</param>
/// <param name="Schema">The PostgreSQL schema holding the tables (created if missing).</param>
/// <param name="SnapshotEvery">A persistent actor saves a snapshot after this many events; 0 = never.</param>
public sealed record PersistenceSettings(
    JournalPlugin Plugin,
    string? ConnectionString,
    string Schema = "maiev",
    int SnapshotEvery = 1000)
{
    /// <summary>The embedded default: SQLite at <paramref name="path"/>.</summary>
    public static PersistenceSettings Sqlite(string path) => new(JournalPlugin.Sqlite, $"Data Source={path}");

    /// <summary>
    /// Every problem with these settings, each naming its HOCON key; empty when they are usable. The connection string
    /// is never quoted, since it may hold a password.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Plugin))
        {
            errors.Add($"maiev.persistence.plugin: '{Plugin}' is not one of sqlite, postgres, in-memory");
        }

        if (Plugin != JournalPlugin.InMemory && string.IsNullOrWhiteSpace(ConnectionString))
        {
            errors.Add($"maiev.persistence.connection-string: required for the {Plugin} plugin");
        }

        if (Plugin == JournalPlugin.Postgres && (string.IsNullOrEmpty(Schema) || !Schema.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')
            || Schema.Length > 63 || char.IsDigit(Schema[0])))
        {
            errors.Add($"maiev.persistence.schema: '{Schema}' must be 1-63 lowercase letters, digits or '_', not starting with a digit");
        }

        if (SnapshotEvery < 0)
        {
            errors.Add($"maiev.persistence.snapshot-every: {SnapshotEvery} must be 0 (off) or a positive number of events");
        }

        return errors;
    }
}
