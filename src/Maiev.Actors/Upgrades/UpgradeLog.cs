using Microsoft.Extensions.Logging;

namespace Maiev.Actors.Upgrades;

/// <summary>Log messages of the upgrade actors (event ids 8100–8199).</summary>
internal static partial class UpgradeLog
{
    [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "Registry push {Image} (event {EventId}, {Source}) routed; {Services} service(s) watch it")]
    public static partial void PushRouted(ILogger logger, Maiev.Actors.Versions.ImageReference image, string eventId, string source, int services);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Debug, Message = "Registry event {EventId} already seen; ignored")]
    public static partial void Duplicate(ILogger logger, string eventId);

    [LoggerMessage(EventId = 8110, Level = LogLevel.Warning, Message = "Polling {Repository} failed: {Detail}")]
    public static partial void PollFailed(ILogger logger, string repository, string detail);

    [LoggerMessage(EventId = 8111, Level = LogLevel.Information, Message = "Polling {Repository}: recorded {Tags} existing tag(s)")]
    public static partial void PollRecorded(ILogger logger, string repository, int tags);

    [LoggerMessage(EventId = 8120, Level = LogLevel.Information, Message = "Upgrade of {Service} to {Target}: {State}")]
    public static partial void UpgradeState(ILogger logger, string service, Maiev.Actors.Versions.ImageReference target, string state);

    [LoggerMessage(EventId = 8121, Level = LogLevel.Information, Message = "Upgrade of {Service} to {Target} ended {Outcome}: {Reason}")]
    public static partial void UpgradeEnded(ILogger logger, string service, Maiev.Actors.Versions.ImageReference target, UpgradeOutcome outcome, string? reason);

    [LoggerMessage(EventId = 8122, Level = LogLevel.Warning, Message = "Following the upgrade of {Service} failed ({Failures} in a row); retrying: {Detail}")]
    public static partial void FollowFailed(ILogger logger, string service, int failures, string detail);
}
