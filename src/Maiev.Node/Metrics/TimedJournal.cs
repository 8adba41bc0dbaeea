using Maiev.Runtime.Persistence;

namespace Maiev.Node.Metrics;

/// <summary>An <see cref="IJournal"/> that times every write into <see cref="NodeMetrics"/>; everything else passes through.</summary>
internal sealed class TimedJournal(IJournal inner, NodeMetrics metrics, TimeProvider time) : IJournal
{
    /// <inheritdoc/>
    public async Task WriteAsync(AtomicWrite write, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        try
        {
            await inner.WriteAsync(write, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            metrics.RecordJournalWrite(time.GetElapsedTime(started));
        }
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<PersistentRepresentation> ReplayAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max, CancellationToken cancellationToken) =>
        inner.ReplayAsync(persistenceId, fromSequenceNr, toSequenceNr, max, cancellationToken);

    /// <inheritdoc/>
    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken) =>
        inner.ReadHighestSequenceNrAsync(persistenceId, cancellationToken);

    /// <inheritdoc/>
    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken) =>
        inner.DeleteMessagesToAsync(persistenceId, toSequenceNr, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<PersistentRepresentation> ReadAllAsync(long afterOffset, int max, CancellationToken cancellationToken) =>
        inner.ReadAllAsync(afterOffset, max, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<PersistentRepresentation> ReadTaggedAsync(string tag, long afterOffset, int max, CancellationToken cancellationToken) =>
        inner.ReadTaggedAsync(tag, afterOffset, max, cancellationToken);

    /// <inheritdoc/>
    public Task<long> ReadHighestOffsetAsync(CancellationToken cancellationToken) => inner.ReadHighestOffsetAsync(cancellationToken);
}
