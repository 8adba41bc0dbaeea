using Microsoft.Extensions.Logging;

namespace Maiev.Actors.Services;

/// <summary>Structured logs of the service actors (event ids 7100–7199).</summary>
internal static partial class ServiceActorLog
{
    [LoggerMessage(7100, LogLevel.Information, "Service {Service}: scale {From} → {To}: {Reason}")]
    public static partial void Decided(ILogger logger, string service, int from, int to, string reason);

    [LoggerMessage(7101, LogLevel.Warning, "Service {Service}: child {Child} failed ({Error}); re-creating it in {Delay}")]
    public static partial void ChildFailed(ILogger logger, string service, string child, TimeSpan delay, string error);

    [LoggerMessage(7102, LogLevel.Error, "Service {Service}: recovery from the journal failed")]
    public static partial void RecoveryFailed(ILogger logger, string service, Exception error);

    [LoggerMessage(7103, LogLevel.Warning, "Service {Service}: snapshot at sequence {Seq} failed")]
    public static partial void SnapshotFailed(ILogger logger, string service, long seq, Exception error);

    [LoggerMessage(7104, LogLevel.Information, "Service {Service}: upgrading to {Target}")]
    public static partial void UpgradeStarting(ILogger logger, string service, string target);

    [LoggerMessage(7105, LogLevel.Information, "Service {Service}: upgrade to {Target} ended: {Outcome}")]
    public static partial void UpgradeEnded(ILogger logger, string service, string target, string outcome);

    [LoggerMessage(7106, LogLevel.Warning, "Service {Service}: scaling to {Replicas} failed: {Error}")]
    public static partial void ScaleFailed(ILogger logger, string service, int replicas, string error);
}
