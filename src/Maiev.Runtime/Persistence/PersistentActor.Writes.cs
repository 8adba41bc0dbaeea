using System.Collections.Immutable;

namespace Maiev.Runtime.Persistence;

/// <summary>Persisting events and the three ways a write can go wrong.</summary>
public abstract partial class PersistentActor
{
    private readonly List<PendingWrite> _pending = [];

    /// <summary>
    /// Stores <paramref name="event"/>, then calls <paramref name="then"/> with it (update state there). Messages that
    /// arrive meanwhile wait until the write is confirmed. Call it from a command handler or from another
    /// <paramref name="then"/>.
    /// </summary>
    protected void Persist<T>(T @event, Action<T> then)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(then);
        PersistAll([@event], then);
    }

    /// <summary>Stores <paramref name="events"/> atomically (all or none), then calls <paramref name="then"/> for each in order.</summary>
    protected void PersistAll<T>(IEnumerable<T> events, Action<T> then)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(then);
        if (!_recovered)
        {
            throw new InvalidOperationException($"{PersistenceId}: Persist cannot be called during recovery.");
        }

        var list = events.Cast<object>().ToImmutableArray();
        if (list.Length > 0)
        {
            _pending.Add(new PendingWrite(list, e => then((T)e)));
        }
    }

    /// <summary>
    /// The state to save every <see cref="PersistenceContext.SnapshotEvery"/> events (taken after the event's handler ran);
    /// null, the default, saves none.
    /// </summary>
    protected virtual object? SnapshotState() => null;

    /// <summary>Called when the journal rejected an event (it was not stored); logs a warning by default. The actor goes on.</summary>
    protected virtual void OnPersistRejected(Exception cause, object persistedEvent, long sequenceNr)
    {
        ArgumentNullException.ThrowIfNull(persistedEvent);
        PersistenceLog.Rejected(Log, PersistenceId, sequenceNr, persistedEvent.GetType().Name, cause);
    }

    /// <summary>
    /// Called when a write failed with an unknown outcome or lost to another writer
    /// (<see cref="JournalConcurrencyException"/>); logs an error by default. The actor stops afterwards.
    /// </summary>
    protected virtual void OnPersistFailure(Exception cause, object persistedEvent, long sequenceNr)
    {
        ArgumentNullException.ThrowIfNull(persistedEvent);
        if (cause is JournalConcurrencyException)
        {
            PersistenceLog.Conflict(Log, PersistenceId, sequenceNr, cause);
        }
        else
        {
            PersistenceLog.WriteFailed(Log, PersistenceId, sequenceNr, persistedEvent.GetType().Name, cause);
        }
    }

    private async Task FlushAsync()
    {
        while (_pending.Count > 0 && !_stopping)
        {
            var next = _pending[0];
            _pending.RemoveAt(0);
            var first = LastSequenceNr + 1;
            var write = new AtomicWrite(PersistenceId,
                [.. next.Events.Select((e, i) => new EventToWrite(first + i, e, [.. TagsFor(e)]))]);
            try
            {
                await Persistence.Journal.WriteAsync(write, CancellationToken.None);
            }
            catch (JournalWriteRejectedException rejected)
            {
                OnPersistRejected(rejected, next.Events[0], first);
                continue;
            }
#pragma warning disable CA1031 // any other outcome is unknown: stop, restart with backoff, recover from the store
            catch (Exception failed)
#pragma warning restore CA1031
            {
                OnPersistFailure(failed, next.Events[0], first);
                StopAfterFailure();
                return;
            }

            foreach (var e in next.Events)
            {
                LastSequenceNr++;
                next.Then(e);
                if (Persistence.SnapshotEvery > 0 && LastSequenceNr % Persistence.SnapshotEvery == 0 && SnapshotState() is { } state)
                {
                    SaveSnapshot(state);
                }
            }
        }
    }

    private sealed record PendingWrite(ImmutableArray<object> Events, Action<object> Then);
}
