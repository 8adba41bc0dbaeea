namespace Maiev.Benchmarks.Persistence;

/// <summary>
/// The same work as the journal, done directly with the driver on tables of the same shape: the baseline each figure
/// is divided by.
/// </summary>
internal interface IRawBaseline : IAsyncDisposable
{
    /// <summary>Creates the raw tables.</summary>
    Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>Inserts <paramref name="payloads"/> at <paramref name="fromSeq"/>.. : one autocommit INSERT for one, one batched transaction for more.</summary>
    Task AppendAsync(string persistenceId, long fromSeq, IReadOnlyList<byte[]> payloads, CancellationToken cancellationToken);

    /// <summary>Reads and deserializes the events of <paramref name="persistenceId"/> after <paramref name="afterSeq"/>; returns how many.</summary>
    Task<int> ReplayAsync(string persistenceId, long afterSeq, CancellationToken cancellationToken);

    /// <summary>Stores a snapshot row.</summary>
    Task SaveSnapshotAsync(string persistenceId, long seq, byte[] data, CancellationToken cancellationToken);

    /// <summary>Loads and deserializes the latest snapshot; returns its sequence number (0 if none).</summary>
    Task<long> LoadLatestSnapshotAsync(string persistenceId, CancellationToken cancellationToken);
}
