namespace Maiev.Runtime.Persistence;

/// <summary>
/// The journal refused the write before storing anything (typically an event that cannot be serialized). The writer's
/// fault: retrying the same events fails again; the writer may go on with other events.
/// </summary>
public sealed class JournalWriteRejectedException : JournalException
{
    /// <summary>Creates the error; <paramref name="inner"/> says why.</summary>
    public JournalWriteRejectedException(string persistenceId, long fromSequenceNr, long toSequenceNr, Exception inner)
        : base(persistenceId, fromSequenceNr, toSequenceNr,
            $"the journal rejected events {fromSequenceNr}..{toSequenceNr} of '{persistenceId}' and stored none of them: {inner?.Message}",
            inner)
    {
    }
}
