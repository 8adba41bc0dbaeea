using System.Globalization;
using Maiev.Actors.Metrics;
using Maiev.Actors.Specs;

namespace Maiev.Actors.Scaling;

/// <summary>
/// Target tracking's recommendation, before bounds and holds.
/// <list type="bullet">
/// <item><c>waiting_per_replica N</c>: <c>ceil(waiting / N)</c>.</item>
/// <item><c>drain_seconds T</c>: the rate needed to absorb the publish rate and drain the backlog in
/// T seconds, <c>call_rate + waiting / T</c>, divided by the measured per-replica drain rate
/// <c>exec_rate / replicas</c>, rounded up. Without a measured drain rate (nothing delivered), a
/// backlog adds one replica and an empty queue with no publishing recommends none.</item>
/// </list>
/// Within the tolerance band around the current capacity the recommendation is the current count.
/// </summary>
internal static class TargetTracking
{
    /// <summary>The recommended replicas for <paramref name="sample"/> at <paramref name="current"/> replicas, and why.</summary>
    public static (int Replicas, string Why) Recommend(TargetTrackingSpec target, QueueMetrics sample, int current)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sample);
        var inv = CultureInfo.InvariantCulture;
        if (!sample.Exists)
        {
            return (current, string.Create(inv, $"queue of '{target.Resource}' does not exist: keep"));
        }

        double needed; // replicas' worth of work, as a real number
        string what;
        if (target.Kind == TargetKind.WaitingPerReplica)
        {
            needed = sample.Waiting / target.Value;
            what = string.Create(inv, $"{sample.Waiting:0.##} waiting / {target.Value:0.##} per replica");
        }
        else
        {
            var demand = sample.CallRate + (sample.Waiting / target.Value);
            if (current <= 0 || sample.ExecRate <= 0)
            {
                return sample.Waiting > 0 || sample.CallRate > 0
                    ? (current + 1, string.Create(inv, $"{sample.Waiting:0.##} waiting and no measured drain rate: one more replica"))
                    : (0, "queue idle (nothing waiting or published)");
            }

            var perReplica = sample.ExecRate / current;
            needed = demand / perReplica;
            what = string.Create(inv, $"need {demand:0.##} msg/s (publish {sample.CallRate:0.##} + {sample.Waiting:0.##} waiting / {target.Value:0.##}s), {perReplica:0.##} msg/s per replica");
        }

        if (current > 0 && Math.Abs((needed / current) - 1) <= target.Tolerance)
        {
            return (current, string.Create(inv, $"{what}: within ±{target.Tolerance:P0} of {current} replicas"));
        }

        var replicas = (int)Math.Min(int.MaxValue, Math.Ceiling(needed - 1e-9));
        return (replicas, string.Create(inv, $"{what} → {replicas} replicas"));
    }
}
