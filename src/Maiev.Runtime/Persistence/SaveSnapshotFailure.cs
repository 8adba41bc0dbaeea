namespace Maiev.Runtime.Persistence;

/// <summary>Saving a snapshot failed; the actor goes on (recovery replays more events). Sent to the persistent actor that asked.</summary>
public sealed record SaveSnapshotFailure(SnapshotMetadata Metadata, Exception Cause) : IPersistenceResult;
