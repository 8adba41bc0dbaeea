using Maiev.Actors.Metrics;
using Maiev.Actors.Rules;
using Maiev.Actors.Specs;

// The persisted events of a ServiceActor, kept together on purpose: they are one vocabulary (ARCHITECTURE.md §3),
// each a one-line record, and a reader wants to see them side by side. Images are stored as their text form so the
// stored JSON never depends on ImageReference's computed members.
namespace Maiev.Actors.Services;

/// <summary>A service was registered for monitoring with a spec.</summary>
internal sealed record ServiceMonitored(string ServiceName, ServiceSpec Spec, DateTimeOffset At) : IServiceEvent;

/// <summary>The spec of a monitored service was replaced.</summary>
internal sealed record SpecChanged(ServiceSpec Spec, DateTimeOffset At) : IServiceEvent;

/// <summary>Monitoring stopped; the history stays.</summary>
internal sealed record ServiceUnmonitored(DateTimeOffset At) : IServiceEvent;

/// <summary>Automatic scaling was paused.</summary>
internal sealed record ScalingPaused(string? Reason, DateTimeOffset At) : IServiceEvent;

/// <summary>Automatic scaling was resumed (also ends a manual hold).</summary>
internal sealed record ScalingResumed(DateTimeOffset At) : IServiceEvent;

/// <summary>
/// A scale decision with what decided it: the metrics per resource (null = unknown), the rule results, the policy,
/// from → to and the reason. <paramref name="Manual"/> marks an operator's scale, held until resume or <paramref name="HoldUntil"/>.
/// </summary>
internal sealed record ScaleDecided(
    int From,
    int To,
    string Reason,
    string Policy,
    IReadOnlyDictionary<string, QueueMetrics?> Metrics,
    IReadOnlyList<RuleResult> Rules,
    bool Manual,
    DateTimeOffset? HoldUntil,
    DateTimeOffset At) : IServiceEvent;

/// <summary>Swarm accepted the replicas of a decision.</summary>
internal sealed record ScaleApplied(int Replicas, DateTimeOffset At) : IServiceEvent;

/// <summary>Swarm refused or could not be asked to set the replicas of a decision.</summary>
internal sealed record ScaleFailed(int Replicas, string Error, DateTimeOffset At) : IServiceEvent;

/// <summary>A push was judged by the version policy (<paramref name="Outcome"/> names the decision; Queued when an upgrade is in flight).</summary>
internal sealed record NewVersionSeen(string Current, string Pushed, string Outcome, string Reason, string EventId, bool Queued, DateTimeOffset At) : IServiceEvent;

/// <summary>An upgrade to <paramref name="Target"/> (digest-pinned) started.</summary>
internal sealed record UpgradeStarted(string? From, string Target, DateTimeOffset At) : IServiceEvent;

/// <summary>The upgrade completed: every task runs the target.</summary>
internal sealed record UpgradeCompleted(string Target, TimeSpan Took, DateTimeOffset At) : IServiceEvent;

/// <summary>Swarm rolled the upgrade back.</summary>
internal sealed record UpgradeRolledBack(string Target, string? Reason, IReadOnlyList<string> TaskErrors, DateTimeOffset At) : IServiceEvent;

/// <summary>The upgrade failed or was paused by Swarm.</summary>
internal sealed record UpgradeFailed(string Target, string? Reason, IReadOnlyList<string> TaskErrors, DateTimeOffset At) : IServiceEvent;

/// <summary>A child actor (probe, rules, scaler, upgrade) failed; it is restarted with backoff.</summary>
internal sealed record FaultObserved(string Child, string Error, DateTimeOffset At) : IServiceEvent;
