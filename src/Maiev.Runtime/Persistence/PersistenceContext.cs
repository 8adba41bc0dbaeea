namespace Maiev.Runtime.Persistence;

/// <summary>What a <see cref="PersistentActor"/> persists with: the node's journal and snapshot store.</summary>
/// <param name="Journal">Where events go.</param>
/// <param name="Snapshots">Where snapshots go.</param>
/// <param name="SnapshotEvery">HOCON <c>maiev.persistence.snapshot-every</c>: how many events an actor lets pass between snapshots (0 = none).</param>
public sealed record PersistenceContext(IJournal Journal, ISnapshotStore Snapshots, int SnapshotEvery = 0);
