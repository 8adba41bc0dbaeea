using Microsoft.Extensions.Logging;

namespace Maiev.Runtime.Actors;

/// <summary>The runtime's log messages (event ids 1000–1099).</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Actor {Path} failed; its supervisor decides what happens")]
    public static partial void ActorFailed(ILogger logger, ActorPath path, Exception exception);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Supervisor {Path} applies {Directive} to {Child}")]
    public static partial void SupervisorDecided(ILogger logger, ActorPath path, Directive directive, ActorPath child, Exception exception);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Actor {Child} exhausted its restart budget ({MaxRetries} within {Window}); stopping it")]
    public static partial void RestartBudgetExhausted(ILogger logger, ActorPath child, int maxRetries, TimeSpan window);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Actor {Path} threw in {Hook}")]
    public static partial void HookFailed(ILogger logger, ActorPath path, string hook, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug, Message = "Dead letter {MessageType} from {Sender} to {Recipient}")]
    public static partial void DeadLetter(ILogger logger, Type messageType, IActorRef? sender, ActorPath recipient);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Debug, Message = "Actor {Path} stopped")]
    public static partial void Stopped(ILogger logger, ActorPath path);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Shutdown of actor system {System} did not finish {Step} within {Timeout}; going on")]
    public static partial void ShutdownStepTimedOut(ILogger logger, string system, string step, TimeSpan timeout);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "Actor {Path} failed while stopping")]
    public static partial void FailedWhileStopping(ILogger logger, ActorPath path, Exception exception);
}
