namespace Maiev.Runtime.Persistence;

/// <summary>A snapshot loaded from an <see cref="ISnapshotStore"/>.</summary>
/// <param name="Metadata">Its metadata.</param>
/// <param name="Snapshot">The deserialized state.</param>
public sealed record SelectedSnapshot(SnapshotMetadata Metadata, object Snapshot);
