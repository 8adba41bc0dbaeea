namespace Maiev.Runtime.Persistence;

/// <summary>Base of the errors a journal write reports; says which persistence id and sequence numbers it concerns.</summary>
public abstract class JournalException : Exception
{
    /// <summary>Creates the error.</summary>
    protected JournalException(string persistenceId, long fromSequenceNr, long toSequenceNr, string message, Exception? inner)
        : base(message, inner)
    {
        PersistenceId = persistenceId;
        FromSequenceNr = fromSequenceNr;
        ToSequenceNr = toSequenceNr;
    }

    /// <summary>The persistence id written to.</summary>
    public string PersistenceId { get; }

    /// <summary>The first sequence number of the write.</summary>
    public long FromSequenceNr { get; }

    /// <summary>The last sequence number of the write.</summary>
    public long ToSequenceNr { get; }
}
