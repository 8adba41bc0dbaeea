using System.Collections.Immutable;

namespace Maiev.Runtime.Persistence;

/// <summary>One event of an <see cref="AtomicWrite"/>: its sequence number, payload and tags.</summary>
/// <param name="SequenceNr">The sequence number the writer expects this event to take (≥ 1).</param>
/// <param name="Payload">The event; its type must be registered in the journal's <see cref="Serialization.EventTypeRegistry"/>.</param>
/// <param name="Tags">Tags for <see cref="IJournal.ReadTaggedAsync"/>; empty for none.</param>
public sealed record EventToWrite(long SequenceNr, object Payload, ImmutableArray<string> Tags)
{
    /// <summary>An event without tags.</summary>
    public EventToWrite(long sequenceNr, object payload)
        : this(sequenceNr, payload, [])
    {
    }
}
