namespace Maiev.Runtime.Persistence;

/// <summary>A snapshot was saved. Sent to the persistent actor that asked.</summary>
public sealed record SaveSnapshotSuccess(SnapshotMetadata Metadata) : IPersistenceResult;
