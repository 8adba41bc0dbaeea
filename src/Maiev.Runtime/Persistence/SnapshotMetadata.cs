namespace Maiev.Runtime.Persistence;

/// <summary>Identifies a snapshot: whose, taken after which sequence number, and when.</summary>
/// <param name="PersistenceId">The persistent actor's id.</param>
/// <param name="SequenceNr">The sequence number of the last event the snapshot includes.</param>
/// <param name="Timestamp">When it was taken; stores keep microsecond precision.</param>
public sealed record SnapshotMetadata(string PersistenceId, long SequenceNr, DateTimeOffset Timestamp);
