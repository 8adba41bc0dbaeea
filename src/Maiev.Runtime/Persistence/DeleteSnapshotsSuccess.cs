namespace Maiev.Runtime.Persistence;

/// <summary>Snapshots matching the criteria were deleted. Sent to the persistent actor that asked.</summary>
public sealed record DeleteSnapshotsSuccess(SnapshotSelectionCriteria Criteria) : IPersistenceResult;
