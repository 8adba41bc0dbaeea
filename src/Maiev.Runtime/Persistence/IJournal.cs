namespace Maiev.Runtime.Persistence;

/// <summary>
/// An append-only event journal: the store Maiev cannot lose data from.
/// </summary>
/// <remarks>
/// Every implementation passes the conformance spec in <c>tests/Maiev.TestKit/Persistence/JournalSpec</c>.
/// Failure contract of <see cref="WriteAsync"/>: it completes only after the write is durable; it throws
/// <see cref="JournalWriteRejectedException"/> when the events cannot be stored (nothing was stored, the writer may go on),
/// <see cref="JournalConcurrencyException"/> when a sequence number is already taken (another writer owns the id;
/// nothing was stored), and <see cref="JournalWriteFailedException"/> when the outcome is unknown (store unreachable,
/// commit interrupted): the writer must stop and recover from the store.
/// </remarks>
public interface IJournal
{
    /// <summary>
    /// Appends the events of <paramref name="write"/> atomically: all of them or none. Each event's sequence number
    /// must be free and higher than every sequence number the id ever had (deleted ones included).
    /// </summary>
    Task WriteAsync(AtomicWrite write, CancellationToken cancellationToken);

    /// <summary>
    /// The events of <paramref name="persistenceId"/> with <paramref name="fromSequenceNr"/> ≤ sequence number ≤
    /// <paramref name="toSequenceNr"/>, ascending, at most <paramref name="max"/> of them. Deleted events are not returned.
    /// Throws <see cref="Serialization.EventDeserializationException"/> for an event whose manifest is unknown.
    /// </summary>
    IAsyncEnumerable<PersistentRepresentation> ReplayAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, CancellationToken cancellationToken);

    /// <summary>The highest sequence number ever written for <paramref name="persistenceId"/> (kept after deletes); 0 if none.</summary>
    Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken);

    /// <summary>Deletes the events of <paramref name="persistenceId"/> up to and including <paramref name="toSequenceNr"/>.</summary>
    Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken);

    /// <summary>
    /// Every stored event with an offset greater than <paramref name="afterOffset"/>, in offset order, at most
    /// <paramref name="max"/>. Offsets grow in commit order, so a reader that resumes after the last offset it saw
    /// never skips an event committed later.
    /// </summary>
    IAsyncEnumerable<PersistentRepresentation> ReadAllAsync(long afterOffset, int max, CancellationToken cancellationToken);

    /// <summary>Like <see cref="ReadAllAsync"/>, restricted to events carrying <paramref name="tag"/>.</summary>
    IAsyncEnumerable<PersistentRepresentation> ReadTaggedAsync(
        string tag, long afterOffset, int max, CancellationToken cancellationToken);

    /// <summary>The highest offset assigned so far (0 when the journal is empty): where a reader of new events starts.</summary>
    Task<long> ReadHighestOffsetAsync(CancellationToken cancellationToken);
}
