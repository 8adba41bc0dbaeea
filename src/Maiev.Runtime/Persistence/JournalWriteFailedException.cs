namespace Maiev.Runtime.Persistence;

/// <summary>
/// The write did not complete and its outcome is unknown (store unreachable, connection lost, commit interrupted).
/// The writer must stop and recover from the store, which tells what was stored.
/// </summary>
public sealed class JournalWriteFailedException : JournalException
{
    /// <summary>Creates the error; <paramref name="inner"/> is the store's error.</summary>
    public JournalWriteFailedException(string persistenceId, long fromSequenceNr, long toSequenceNr, Exception inner, bool isTransient)
        : base(persistenceId, fromSequenceNr, toSequenceNr,
            $"writing events {fromSequenceNr}..{toSequenceNr} of '{persistenceId}' failed with an unknown outcome " +
            $"({(isTransient ? "transient: a restart after a backoff may succeed" : "not transient")}): {inner?.Message}",
            inner)
    {
        IsTransient = isTransient;
    }

    /// <summary>Whether retrying after a backoff can help (e.g. the connection was lost).</summary>
    public bool IsTransient { get; }
}
