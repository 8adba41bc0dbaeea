namespace Maiev.Runtime.Persistence;

/// <summary>Deleting snapshots failed. Sent to the persistent actor that asked.</summary>
public sealed record DeleteSnapshotsFailure(SnapshotSelectionCriteria Criteria, Exception Cause) : IPersistenceResult;
