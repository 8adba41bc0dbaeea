using Maiev.Runtime.Persistence;
using Microsoft.Data.Sqlite;

namespace Maiev.Node.Persistence.Sqlite;

/// <summary>Maps SQLite errors of a write to the journal's failure contract.</summary>
internal static class SqliteErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>A taken sequence number is a concurrency conflict; anything else leaves the outcome unknown.</summary>
    public static JournalException ForWrite(AtomicWrite write, SqliteException error)
    {
        if (error.SqliteErrorCode == SqliteConstraint
            && error.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey)
        {
            return new JournalConcurrencyException(write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr, error);
        }

        return new JournalWriteFailedException(write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr, error,
            isTransient: error.SqliteErrorCode is SqliteBusy or SqliteLocked);
    }
}
