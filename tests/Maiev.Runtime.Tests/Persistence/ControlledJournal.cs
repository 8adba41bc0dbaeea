using Maiev.Runtime.Persistence;

namespace Maiev.Runtime.Tests.Persistence;

/// <summary>
/// A fault-injecting decorator over a real journal: it can hold the next write until released, or fail it the way an
/// unreachable store does (outcome unknown). Everything else goes to the inner journal.
/// </summary>
internal sealed class ControlledJournal(IJournal inner) : IJournal
{
    private TaskCompletionSource? _gate;
    private Exception? _failNext;

    /// <summary>Completes when a held write has reached the journal.</summary>
    public TaskCompletionSource WriteArrived { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Holds the next writes until <see cref="Release"/>.</summary>
    public void Hold()
    {
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        WriteArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Lets held writes through.</summary>
    public void Release() => _gate?.TrySetResult();

    /// <summary>Fails the next write with <paramref name="error"/> without storing it.</summary>
    public void FailNextWrite(Exception error) => _failNext = error;

    public async Task WriteAsync(AtomicWrite write, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _failNext, null) is { } error)
        {
            throw error;
        }

        if (_gate is { } gate)
        {
            WriteArrived.TrySetResult();
            await gate.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }

        await inner.WriteAsync(write, cancellationToken);
    }

    public IAsyncEnumerable<PersistentRepresentation> ReplayAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max, CancellationToken cancellationToken) =>
        inner.ReplayAsync(persistenceId, fromSequenceNr, toSequenceNr, max, cancellationToken);

    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken) =>
        inner.ReadHighestSequenceNrAsync(persistenceId, cancellationToken);

    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken) =>
        inner.DeleteMessagesToAsync(persistenceId, toSequenceNr, cancellationToken);

    public IAsyncEnumerable<PersistentRepresentation> ReadAllAsync(long afterOffset, int max, CancellationToken cancellationToken) =>
        inner.ReadAllAsync(afterOffset, max, cancellationToken);

    public IAsyncEnumerable<PersistentRepresentation> ReadTaggedAsync(string tag, long afterOffset, int max, CancellationToken cancellationToken) =>
        inner.ReadTaggedAsync(tag, afterOffset, max, cancellationToken);

    public Task<long> ReadHighestOffsetAsync(CancellationToken cancellationToken) => inner.ReadHighestOffsetAsync(cancellationToken);
}
