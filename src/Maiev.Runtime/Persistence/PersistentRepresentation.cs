using System.Collections.Immutable;

namespace Maiev.Runtime.Persistence;

/// <summary>An event as a journal returns it.</summary>
/// <param name="PersistenceId">The id it belongs to.</param>
/// <param name="SequenceNr">Its sequence number within the id.</param>
/// <param name="Payload">The deserialized (and, if it was an older version, upcast) event.</param>
/// <param name="Manifest">The stable manifest it was stored under.</param>
/// <param name="Timestamp">When the journal stored it (microsecond precision).</param>
/// <param name="Tags">Its tags.</param>
/// <param name="Offset">Its position in the journal's global order: grows in commit order, never reused.</param>
public sealed record PersistentRepresentation(
    string PersistenceId,
    long SequenceNr,
    object Payload,
    string Manifest,
    DateTimeOffset Timestamp,
    ImmutableArray<string> Tags,
    long Offset);
