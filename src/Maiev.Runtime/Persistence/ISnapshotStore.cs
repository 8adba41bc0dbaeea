namespace Maiev.Runtime.Persistence;

/// <summary>
/// Stores snapshots of persistent actors' state, so recovery replays only the events after the latest one.
/// </summary>
/// <remarks>Every implementation passes <c>tests/Maiev.TestKit/Persistence/SnapshotStoreSpec</c>.</remarks>
public interface ISnapshotStore
{
    /// <summary>
    /// Saves <paramref name="snapshot"/> under <paramref name="metadata"/>, replacing any snapshot with the same
    /// persistence id and sequence number. Throws <see cref="Serialization.EventSerializationException"/> when the
    /// snapshot's type is not registered or cannot be serialized (nothing is stored).
    /// </summary>
    Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken);

    /// <summary>The youngest snapshot of <paramref name="persistenceId"/> matching <paramref name="criteria"/>, or null.</summary>
    Task<SelectedSnapshot?> LoadAsync(
        string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken);

    /// <summary>Deletes the snapshot with the persistence id and sequence number of <paramref name="metadata"/>, if any.</summary>
    Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken);

    /// <summary>Deletes every snapshot of <paramref name="persistenceId"/> matching <paramref name="criteria"/>.</summary>
    Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken);
}
