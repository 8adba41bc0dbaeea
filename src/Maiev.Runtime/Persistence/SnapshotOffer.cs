namespace Maiev.Runtime.Persistence;

/// <summary>Given to the recovery handlers first when recovery starts from a snapshot.</summary>
/// <param name="Metadata">Which snapshot.</param>
/// <param name="Snapshot">The saved state.</param>
public sealed record SnapshotOffer(SnapshotMetadata Metadata, object Snapshot);
