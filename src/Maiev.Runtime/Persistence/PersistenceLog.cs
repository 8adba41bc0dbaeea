using Microsoft.Extensions.Logging;

namespace Maiev.Runtime.Persistence;

/// <summary>Persistent actors' log messages (event ids 1100–1199).</summary>
internal static partial class PersistenceLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning,
        Message = "Persistent actor {PersistenceId} had event {SequenceNr} ({EventType}) rejected; it was not stored and the actor goes on")]
    public static partial void Rejected(ILogger logger, string persistenceId, long sequenceNr, string eventType, Exception exception);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error,
        Message = "Persistent actor {PersistenceId} failed to write event {SequenceNr} ({EventType}); outcome unknown, stopping so it restarts and recovers")]
    public static partial void WriteFailed(ILogger logger, string persistenceId, long sequenceNr, string eventType, Exception exception);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error,
        Message = "Persistent actor {PersistenceId} lost the write of event {SequenceNr}: someone else wrote to this persistence id (two writers); stopping")]
    public static partial void Conflict(ILogger logger, string persistenceId, long sequenceNr, Exception exception);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error,
        Message = "Persistent actor {PersistenceId} failed to recover; stopping")]
    public static partial void RecoveryFailed(ILogger logger, string persistenceId, Exception exception);
}
