namespace Maiev.Runtime.Persistence;

/// <summary>
/// A sequence number of the write is already taken: someone else wrote to this persistence id since this writer
/// recovered. Nothing of the write was stored. The writer must stop: it is no longer the only writer of the id.
/// </summary>
public sealed class JournalConcurrencyException : JournalException
{
    /// <summary>Creates the error.</summary>
    public JournalConcurrencyException(string persistenceId, long fromSequenceNr, long toSequenceNr, Exception? inner = null)
        : base(persistenceId, fromSequenceNr, toSequenceNr,
            $"events {fromSequenceNr}..{toSequenceNr} of '{persistenceId}' were not stored: a sequence number is already taken, " +
            "so someone else wrote to this persistence id (two writers for one id); this writer must stop and recover",
            inner)
    {
    }
}
