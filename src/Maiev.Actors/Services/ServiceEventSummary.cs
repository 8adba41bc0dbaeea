using System.Globalization;

namespace Maiev.Actors.Services;

/// <summary>One-line, human-readable summaries of service events (history and live feed).</summary>
internal static class ServiceEventSummary
{
    /// <summary>Describes <paramref name="event"/> in one line; never throws.</summary>
    public static string Describe(object @event) => @event switch
    {
        ServiceMonitored m => Format($"monitoring started (min {m.Spec.Min?.ToString(CultureInfo.InvariantCulture) ?? "-"}, max {m.Spec.Max?.ToString(CultureInfo.InvariantCulture) ?? "-"})"),
        SpecChanged => "spec changed",
        ServiceUnmonitored => "monitoring stopped",
        ScalingPaused p => "scaling paused" + (p.Reason is null ? string.Empty : ": " + p.Reason),
        ScalingResumed => "scaling resumed",
        ScaleDecided d => Format($"{(d.Manual ? "manual scale" : "scale")} {d.From} → {d.To} ({d.Policy}): {d.Reason}"),
        ScaleApplied a => Format($"Swarm set to {a.Replicas} replicas"),
        ScaleFailed f => Format($"scaling to {f.Replicas} failed: {f.Error}"),
        NewVersionSeen v => $"{v.Pushed}: {v.Outcome}{(v.Queued ? " (queued)" : string.Empty)}: {v.Reason}",
        UpgradeStarted u => $"upgrade to {u.Target} started",
        UpgradeCompleted c => Format($"upgrade to {c.Target} completed in {c.Took.TotalSeconds:0}s"),
        UpgradeRolledBack r => $"upgrade to {r.Target} rolled back: {r.Reason}",
        UpgradeFailed f => $"upgrade to {f.Target} failed: {f.Reason}",
        FaultObserved f => $"child '{f.Child}' failed: {f.Error}",
        _ => @event.GetType().Name,
    };

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
