using Maiev.Runtime.Persistence;
using Npgsql;

namespace Maiev.Node.Persistence.Postgres;

/// <summary>Maps Npgsql errors of a write to the journal's failure contract.</summary>
internal static class PostgresErrors
{
    /// <summary>SQLSTATE 23505: unique_violation, i.e. the (persistence_id, sequence_nr) key is taken.</summary>
    public const string UniqueViolation = "23505";

    /// <summary>A taken sequence number is a concurrency conflict; anything else (lost connection included) leaves the outcome unknown.</summary>
    public static JournalException ForWrite(AtomicWrite write, NpgsqlException error)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(error);
        if (error is PostgresException { SqlState: UniqueViolation })
        {
            return new JournalConcurrencyException(write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr, error);
        }

        return new JournalWriteFailedException(write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr, error, error.IsTransient);
    }
}
