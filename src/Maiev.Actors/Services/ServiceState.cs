using System.Collections.Immutable;
using Maiev.Actors.Rules;
using Maiev.Actors.Scaling;
using Maiev.Actors.Specs;

namespace Maiev.Actors.Services;

/// <summary>
/// The persisted state of one service, rebuilt from its events (and the snapshot): spec, pause and manual hold,
/// the replicas last decided, the recent replica changes (cooldowns survive a restart), the rule results, the image,
/// the upgrade in flight, the last fault and a bounded list of decisions. <see cref="Apply"/> is pure.
/// </summary>
internal sealed record ServiceState(
    string Name,
    ServiceSpec? Spec,
    bool Monitored,
    bool Paused,
    string? PausedReason,
    bool ManualHold,
    DateTimeOffset? HoldUntil,
    int? Desired,
    ImmutableList<ReplicaChange> Changes,
    ImmutableArray<RuleResult> Rules,
    string? Image,
    InFlightUpgrade? Upgrade,
    string? QueuedPush,
    string? QueuedEventId,
    FaultInfo? LastFault,
    ImmutableList<DecisionSummary> Decisions,
    long EventCount)
{
    /// <summary>How many decisions and replica changes the state keeps.</summary>
    public const int HistoryBound = 20;

    /// <summary>The state of a service never monitored.</summary>
    public static ServiceState Empty(string name) => new(name, null, false, false, null, false, null, null, [], [], null, null, null, null, null, [], 0);

    /// <summary>Whether a manual hold is active at <paramref name="now"/>.</summary>
    public bool HoldActive(DateTimeOffset now) => ManualHold && (HoldUntil is null || now < HoldUntil);

    /// <summary>Whether automatic scaling is off at <paramref name="now"/> (paused, held, or the spec's paused flag).</summary>
    public bool ScalingOff(DateTimeOffset now) => Paused || HoldActive(now) || Spec?.Paused == true;

    /// <summary>Applies one event; unknown events leave the state unchanged (apart from the count).</summary>
    public ServiceState Apply(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var next = this with { EventCount = EventCount + 1 };
        return @event switch
        {
            ServiceMonitored m => next with { Spec = m.Spec, Monitored = true, Paused = false, PausedReason = null, ManualHold = false, HoldUntil = null },
            SpecChanged s => next with { Spec = s.Spec },
            ServiceUnmonitored => next with { Monitored = false, Upgrade = null },
            ScalingPaused p => next with { Paused = true, PausedReason = p.Reason },
            ScalingResumed => next with { Paused = false, PausedReason = null, ManualHold = false, HoldUntil = null },
            ScaleDecided d => next.Decided(d),
            ScaleApplied a => next with { Desired = a.Replicas },
            ScaleFailed => next,
            NewVersionSeen v when v.Queued => next with { QueuedPush = v.Pushed, QueuedEventId = v.EventId },
            NewVersionSeen => next,
            UpgradeStarted u => next with { Upgrade = new InFlightUpgrade(u.Target, u.From, u.At, "started"), QueuedPush = null, QueuedEventId = null },
            UpgradeCompleted c => next with { Image = c.Target, Upgrade = null, QueuedPush = null, QueuedEventId = null },
            UpgradeRolledBack => next with { Upgrade = null, QueuedPush = null, QueuedEventId = null },
            UpgradeFailed => next with { Upgrade = null, QueuedPush = null, QueuedEventId = null },
            FaultObserved f => next with { LastFault = new FaultInfo(f.Child, f.Error, f.At) },
            _ => next,
        };
    }

    private ServiceState Decided(ScaleDecided d)
    {
        var decisions = Decisions.Add(new DecisionSummary(d.From, d.To, d.Reason, d.At));
        var changes = Changes.Add(new ReplicaChange(d.At, d.From, d.To));
        return this with
        {
            Desired = d.To,
            Rules = d.Rules.Count > 0 ? [.. d.Rules] : Rules,
            Decisions = decisions.Count > HistoryBound ? decisions.RemoveAt(0) : decisions,
            Changes = changes.Count > HistoryBound ? changes.RemoveAt(0) : changes,
            ManualHold = d.Manual || ManualHold,
            HoldUntil = d.Manual ? d.HoldUntil : HoldUntil,
        };
    }
}
