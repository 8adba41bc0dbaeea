using System.Collections.Immutable;

namespace Maiev.Runtime.Persistence;

/// <summary>
/// Events of one persistence id that a journal stores all together or not at all. The constructor checks the shape:
/// a non-empty id, at least one event, contiguous ascending sequence numbers starting at 1 or above, non-empty tags.
/// </summary>
public sealed record AtomicWrite
{
    /// <summary>Creates a write; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public AtomicWrite(string persistenceId, ImmutableArray<EventToWrite> events)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(persistenceId);
        if (events.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"an atomic write for '{persistenceId}' needs at least one event", nameof(events));
        }

        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i] ?? throw new ArgumentException($"event #{i} for '{persistenceId}' is null", nameof(events));
            ArgumentNullException.ThrowIfNull(e.Payload, $"{nameof(events)}[{i}].{nameof(EventToWrite.Payload)}");
            if (e.SequenceNr < 1 || (i > 0 && e.SequenceNr != events[i - 1].SequenceNr + 1))
            {
                throw new ArgumentException(
                    $"event #{i} for '{persistenceId}' has sequence number {e.SequenceNr}: sequence numbers of an atomic write " +
                    "must start at 1 or above and ascend by one", nameof(events));
            }

            if (!e.Tags.IsDefault && e.Tags.Any(string.IsNullOrWhiteSpace))
            {
                throw new ArgumentException($"event #{i} for '{persistenceId}' has an empty tag", nameof(events));
            }
        }

        PersistenceId = persistenceId;
        Events = events;
    }

    /// <summary>Creates a write of a single event.</summary>
    public AtomicWrite(string persistenceId, EventToWrite @event)
        : this(persistenceId, [@event])
    {
    }

    /// <summary>The persistence id every event belongs to.</summary>
    public string PersistenceId { get; }

    /// <summary>The events, in ascending contiguous sequence-number order.</summary>
    public ImmutableArray<EventToWrite> Events { get; }

    /// <summary>The first event's sequence number.</summary>
    public long LowestSequenceNr => Events[0].SequenceNr;

    /// <summary>The last event's sequence number.</summary>
    public long HighestSequenceNr => Events[^1].SequenceNr;
}
