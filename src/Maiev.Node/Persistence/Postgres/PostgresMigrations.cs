namespace Maiev.Node.Persistence.Postgres;

/// <summary>
/// The PostgreSQL schema as numbered steps, recorded in <c>schema_migrations</c>. <c>{s}</c> stands for the quoted schema
/// name. A released step is never edited: change the schema by appending one.
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<(int Version, string Description, string Sql)> Steps { get; } =
    [
        (1, "journal, tags, metadata, offset counter, snapshots",
        """
        CREATE TABLE {s}.journal (
            ordering bigint PRIMARY KEY,
            persistence_id text NOT NULL,
            sequence_nr bigint NOT NULL,
            manifest text NOT NULL,
            version integer NOT NULL,
            payload bytea NOT NULL,
            tags text[] NOT NULL,
            written_at timestamptz NOT NULL,
            CONSTRAINT journal_persistence_id_sequence_nr_key UNIQUE (persistence_id, sequence_nr)
        );
        CREATE TABLE {s}.journal_tags (
            tag text NOT NULL,
            ordering bigint NOT NULL REFERENCES {s}.journal (ordering) ON DELETE CASCADE,
            PRIMARY KEY (tag, ordering)
        );
        CREATE INDEX journal_tags_ordering_idx ON {s}.journal_tags (ordering);
        -- The highest sequence number per id, kept when its events are deleted: the fence against reuse.
        CREATE TABLE {s}.journal_metadata (
            persistence_id text PRIMARY KEY,
            highest_sequence_nr bigint NOT NULL
        );
        -- One row. Every append locks it until commit, so offsets are assigned in commit order and a reader
        -- resuming after its last offset never skips a slower transaction (a sequence would allow that).
        CREATE TABLE {s}.journal_offset (
            id integer PRIMARY KEY CHECK (id = 1),
            last_ordering bigint NOT NULL
        );
        INSERT INTO {s}.journal_offset (id, last_ordering) VALUES (1, 0);
        CREATE TABLE {s}.snapshots (
            persistence_id text NOT NULL,
            sequence_nr bigint NOT NULL,
            created_at timestamptz NOT NULL,
            manifest text NOT NULL,
            version integer NOT NULL,
            payload bytea NOT NULL,
            PRIMARY KEY (persistence_id, sequence_nr)
        );
        """),
    ];
}
