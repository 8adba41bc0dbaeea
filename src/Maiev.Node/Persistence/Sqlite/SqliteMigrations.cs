namespace Maiev.Node.Persistence.Sqlite;

/// <summary>
/// The SQLite schema, as numbered steps. The file's <c>PRAGMA user_version</c> records the last step applied; a step is
/// never edited once released — change the schema by appending a step.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        // 1: journal, tags, per-id metadata (the highest sequence number survives deletes), snapshots.
        // AUTOINCREMENT: an offset is never reused, even after the newest event is deleted.
        """
        CREATE TABLE journal (
            ordering INTEGER PRIMARY KEY AUTOINCREMENT,
            persistence_id TEXT NOT NULL,
            sequence_nr INTEGER NOT NULL,
            manifest TEXT NOT NULL,
            version INTEGER NOT NULL,
            payload BLOB NOT NULL,
            tags TEXT NOT NULL,
            written_at INTEGER NOT NULL,
            CONSTRAINT journal_persistence_id_sequence_nr_key UNIQUE (persistence_id, sequence_nr)
        );
        CREATE TABLE journal_tags (
            tag TEXT NOT NULL,
            ordering INTEGER NOT NULL,
            PRIMARY KEY (tag, ordering)
        ) WITHOUT ROWID;
        CREATE TABLE journal_metadata (
            persistence_id TEXT NOT NULL PRIMARY KEY,
            highest_sequence_nr INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE snapshots (
            persistence_id TEXT NOT NULL,
            sequence_nr INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            manifest TEXT NOT NULL,
            version INTEGER NOT NULL,
            payload BLOB NOT NULL,
            PRIMARY KEY (persistence_id, sequence_nr)
        ) WITHOUT ROWID;
        """,
    ];
}
