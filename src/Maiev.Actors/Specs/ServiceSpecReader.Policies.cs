using System.Collections.Immutable;
using System.Text.Json;

namespace Maiev.Actors.Specs;

/// <summary>Maiev's policy members of <c>scale</c>: the target and the step limits.</summary>
internal static partial class ServiceSpecReader
{
    private static TargetTrackingSpec? ReadTarget(JsonFields f, JsonElement t, ImmutableArray<ResourceSpec> resources)
    {
        const string path = ScalePath + ".target";
        if (!f.Object(t, path, "resource", "drain_seconds", "waiting_per_replica", "tolerance"))
        {
            return null;
        }

        var resource = f.String(t, "resource", path) ?? (resources.Length == 1 ? resources[0].Name : null);
        if (resource is null)
        {
            f.Error($"{path}.resource", "is required when there is not exactly one resource");
        }
        else if (!resources.Any(r => r.Name == resource))
        {
            f.Error($"{path}.resource", $"unknown resource '{resource}'; resources: {string.Join(", ", resources.Select(r => r.Name))}");
        }

        var drain = f.Number(t, "drain_seconds", path, 0);
        var perReplica = f.Number(t, "waiting_per_replica", path, 0);
        var tolerance = JsonFields.Member(t, "tolerance") is null ? 0.1 : f.Number(t, "tolerance", path, -1e-12);
        if (tolerance is >= 1)
        {
            f.Error($"{path}.tolerance", $"must be below 1 (a fraction of the target), found {tolerance}");
        }

        if ((drain is null) == (perReplica is null))
        {
            f.Error(path, "needs exactly one of drain_seconds or waiting_per_replica");
            return null;
        }

        return resource is null || tolerance is null
            ? null
            : new TargetTrackingSpec(resource, drain is null ? TargetKind.WaitingPerReplica : TargetKind.DrainSeconds, drain ?? perReplica!.Value, tolerance.Value);
    }

    private static StepLimitSpec? ReadLimit(JsonFields f, JsonElement l, string path)
    {
        if (!f.Object(l, path, "replicas", "percent", "period"))
        {
            return null;
        }

        var replicas = f.Int(l, "replicas", path, 1);
        var percent = f.Number(l, "percent", path, 0);
        var period = f.Duration(l, "period", path);
        if (replicas is null && percent is null)
        {
            f.Error(path, "needs replicas or percent");
        }

        if (period is null || period <= TimeSpan.Zero)
        {
            f.Error($"{path}.period", "is required and must be above zero, e.g. \"1m\"");
            return null;
        }

        return new StepLimitSpec(replicas, percent, period.Value);
    }
}
