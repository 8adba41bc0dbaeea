using Maiev.Node.Persistence.Postgres;
using Maiev.Node.Persistence.Sqlite;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.InMemory;
using Maiev.Runtime.Persistence.Serialization;

namespace Maiev.Node.Persistence;

/// <summary>The journal and snapshot store a node runs with, built from <see cref="PersistenceSettings"/>.</summary>
internal sealed class PersistenceStores : IAsyncDisposable
{
    private readonly IAsyncDisposable? _owned;

    private PersistenceStores(IJournal journal, ISnapshotStore snapshots, IAsyncDisposable? owned)
    {
        Journal = journal;
        Snapshots = snapshots;
        _owned = owned;
    }

    /// <summary>The journal.</summary>
    public IJournal Journal { get; }

    /// <summary>The snapshot store (same file or schema as the journal).</summary>
    public ISnapshotStore Snapshots { get; }

    /// <summary>
    /// Builds the stores of <paramref name="settings"/>. Throws <see cref="ArgumentException"/> listing every invalid
    /// setting. Opens nothing yet: the schema is created or migrated on first use.
    /// </summary>
    public static PersistenceStores Create(PersistenceSettings settings, EventTypeRegistry registry, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Validate() is { Count: > 0 } errors)
        {
            throw new ArgumentException("invalid persistence settings: " + string.Join("; ", errors), nameof(settings));
        }

        switch (settings.Plugin)
        {
            case JournalPlugin.Sqlite:
                var file = new SqliteDatabase(settings.ConnectionString!);
                return new PersistenceStores(new SqliteJournal(file, registry, timeProvider), new SqliteSnapshotStore(file, registry), null);
            case JournalPlugin.Postgres:
                var database = new PostgresDatabase(settings.ConnectionString!, settings.Schema);
                return new PersistenceStores(
                    new PostgresJournal(database, registry, timeProvider), new PostgresSnapshotStore(database, registry), database);
            default:
                return new PersistenceStores(new InMemoryJournal(registry, timeProvider), new InMemorySnapshotStore(registry), null);
        }
    }

    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
