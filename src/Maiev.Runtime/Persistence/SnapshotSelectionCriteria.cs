namespace Maiev.Runtime.Persistence;

/// <summary>Bounds (inclusive) that select snapshots by sequence number and timestamp.</summary>
/// <param name="MaxSequenceNr">Highest sequence number selected.</param>
/// <param name="MaxTimestamp">Latest timestamp selected.</param>
/// <param name="MinSequenceNr">Lowest sequence number selected.</param>
/// <param name="MinTimestamp">Earliest timestamp selected.</param>
public sealed record SnapshotSelectionCriteria(
    long MaxSequenceNr,
    DateTimeOffset MaxTimestamp,
    long MinSequenceNr = 0,
    DateTimeOffset MinTimestamp = default)
{
    /// <summary>Selects every snapshot (loading picks the youngest).</summary>
    public static SnapshotSelectionCriteria Latest { get; } = new(long.MaxValue, DateTimeOffset.MaxValue);

    /// <summary>Selects nothing: recovery without a snapshot.</summary>
    public static SnapshotSelectionCriteria None { get; } = new(0, DateTimeOffset.MinValue);

    /// <summary>Selects snapshots up to <paramref name="maxSequenceNr"/>, any time.</summary>
    public static SnapshotSelectionCriteria UpTo(long maxSequenceNr) => new(maxSequenceNr, DateTimeOffset.MaxValue);

    /// <summary>Whether <paramref name="metadata"/> falls inside these bounds.</summary>
    public bool Matches(SnapshotMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.SequenceNr <= MaxSequenceNr && metadata.SequenceNr >= MinSequenceNr
            && metadata.Timestamp <= MaxTimestamp && metadata.Timestamp >= MinTimestamp;
    }
}
