namespace Maiev.Runtime.Persistence;

/// <summary>Which journal and snapshot store a node uses (HOCON <c>maiev.persistence.plugin</c>).</summary>
public enum JournalPlugin
{
    /// <summary>Process memory: tests only, everything is lost on exit.</summary>
    InMemory,

    /// <summary>One SQLite file (the embedded default, single node).</summary>
    Sqlite,

    /// <summary>A PostgreSQL schema shared by the cluster's nodes.</summary>
    Postgres,
}
