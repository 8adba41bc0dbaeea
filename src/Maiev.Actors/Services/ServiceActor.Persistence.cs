using System.Text.Json;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence;

namespace Maiev.Actors.Services;

/// <summary>Recovery, persisting, the live feed, snapshots and the history query.</summary>
internal sealed partial class ServiceActor
{
    private async Task<bool> RecoverAsync()
    {
        var snapshot = await _deps.Snapshots.LoadAsync(PersistenceId, SnapshotSelectionCriteria.Latest, CancellationToken.None).ConfigureAwait(false);
        if (snapshot?.Snapshot is ServiceState saved)
        {
            _state = saved;
            _seq = snapshot.Metadata.SequenceNr;
        }

        await foreach (var stored in _deps.Journal.ReplayAsync(PersistenceId, _seq + 1, long.MaxValue, long.MaxValue, CancellationToken.None).ConfigureAwait(false))
        {
            _state = _state.Apply(stored.Payload);
            _seq = stored.SequenceNr;
        }

        return true;
    }

    /// <summary>
    /// Writes one event, applies it, publishes it on the EventStream and snapshots every N events. A failed write
    /// throws: the outcome is unknown, so the actor restarts and recovers from the journal.
    /// </summary>
    private async Task PersistAsync(IServiceEvent @event)
    {
        var seq = _seq + 1;
        await _deps.Journal.WriteAsync(new AtomicWrite(PersistenceId, new EventToWrite(seq, @event)), CancellationToken.None).ConfigureAwait(false);
        _seq = seq;
        _state = _state.Apply(@event);
        Context.System.EventStream.Publish(new ServiceEventPublished(_name, Entry(seq, @event.At, @event)));
        if (seq % _deps.Settings.SnapshotEvery == 0)
        {
            try
            {
                await _deps.Snapshots.SaveAsync(new SnapshotMetadata(PersistenceId, seq, @event.At), _state, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A lost snapshot only makes the next recovery replay more events.
                ServiceActorLog.SnapshotFailed(Log, _name, seq, e);
            }
        }
    }

    private ServiceHistoryEntry Entry(long seq, DateTimeOffset at, object @event) =>
        new(seq, at, @event.GetType().Name, ServiceEventSummary.Describe(@event),
            JsonSerializer.SerializeToElement(@event, @event.GetType(), _deps.Events.Options));

    private async Task OnHistoryAsync(GetServiceHistory query)
    {
        var sender = Sender;
        if (_state.Spec is null)
        {
            sender.Tell(NotFound());
            return;
        }

        var limit = Math.Clamp(query.Limit, 1, 1000);
        var items = new List<ServiceHistoryEntry>(limit);
        var more = false;
        await foreach (var stored in _deps.Journal.ReplayAsync(PersistenceId, Math.Max(query.After, 0) + 1, long.MaxValue, limit + 1, CancellationToken.None).ConfigureAwait(false))
        {
            if (items.Count == limit)
            {
                more = true;
                break;
            }

            var at = stored.Payload is IServiceEvent e ? e.At : stored.Timestamp;
            items.Add(Entry(stored.SequenceNr, at, stored.Payload));
        }

        sender.Tell(new ServiceHistoryPage(items, more ? items[^1].Seq : null));
    }
}
