using System.Text.Json.Nodes;
using Maiev.Actors.Metrics;
using Maiev.Actors.Services;

namespace Maiev.Node.Api;

/// <summary>Maps the service actors' replies to the JSON objects of docs/admin-api.md.</summary>
internal static class ServiceJson
{
    /// <summary>The <c>ServiceSummary</c> object.</summary>
    public static JsonObject Summary(ServiceStatus status)
    {
        var (probeStatus, probeDetail, lastSample) = Probe(status.Probes);
        return new JsonObject
        {
            ["name"] = status.Name,
            ["image"] = status.Image?.ToString(),
            ["replicas"] = new JsonObject { ["observed"] = status.ObservedReplicas, ["desired"] = status.DesiredReplicas ?? status.Min },
            ["min"] = status.Min,
            ["max"] = status.Max,
            ["paused"] = status.Paused,
            ["hold"] = status.HoldUntil is not null
                ? new JsonObject { ["replicas"] = status.DesiredReplicas ?? status.Min, ["until"] = JsonAnswers.Time(status.HoldUntil) }
                : null,
            ["probe"] = new JsonObject { ["status"] = probeStatus, ["detail"] = probeDetail, ["lastSampleAt"] = JsonAnswers.Time(lastSample) },
            ["lastDecision"] = status.LastDecision is { } d
                ? new JsonObject { ["seq"] = 0, ["at"] = JsonAnswers.Time(d.At), ["from"] = d.From, ["to"] = d.To, ["reason"] = d.Reason }
                : null,
            ["upgrade"] = status.Upgrade is { } u
                ? new JsonObject { ["state"] = u.State, ["from"] = status.Image?.ToString(), ["to"] = u.Target.ToString(), ["startedAt"] = JsonAnswers.Time(u.StartedAt) }
                : null,
        };
    }

    /// <summary>The <c>GET /services/{name}</c> object: the summary plus shard, owner, spec, resources and rules.</summary>
    public static JsonObject Detail(ServiceStatus status, string nodeId)
    {
        var body = Summary(status);
        body["shard"] = status.ShardId;
        body["owner"] = nodeId;
        body["monitoredAt"] = null;
        body["spec"] = SpecJson.Write(status.Spec);
        var resources = new JsonArray();
        foreach (var probe in status.Probes)
        {
            var spec = status.Spec.Scale?.Resources.FirstOrDefault(r => r.Name == probe.Resource);
            resources.Add(new JsonObject
            {
                ["name"] = probe.Resource,
                ["queue"] = spec?.Identifier,
                ["vhost"] = spec?.Vhost,
                ["sampledAt"] = JsonAnswers.Time(probe.SampledAt),
                ["metrics"] = probe.Last is { } m ? Metrics(m) : null,
            });
        }

        body["resources"] = resources;
        var rules = new JsonArray();
        foreach (var (name, rule) in status.Rules.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            rules.Add(new JsonObject { ["name"] = name, ["value"] = rule.Value, ["since"] = JsonAnswers.Time(rule.Since) });
        }

        body["rules"] = rules;
        return body;
    }

    /// <summary>One history event as <c>/events</c> and <c>/stream</c> show it.</summary>
    public static JsonObject Event(string service, ServiceHistoryEntry entry) => new()
    {
        ["seq"] = entry.Seq,
        ["at"] = JsonAnswers.Time(entry.At),
        ["service"] = service,
        ["kind"] = Kind(entry.Type),
        ["type"] = entry.Type,
        ["summary"] = entry.Summary,
        ["data"] = JsonNode.Parse(entry.Data.ValueKind == System.Text.Json.JsonValueKind.Undefined ? "{}" : entry.Data.GetRawText()),
    };

    /// <summary>The event kind: <c>decision</c>, <c>scale</c>, <c>upgrade</c>, <c>fault</c> or <c>service</c>.</summary>
    public static string Kind(string type) => type switch
    {
        "ScaleDecided" => "decision",
        "ScaleApplied" or "ScaleFailed" => "scale",
        "NewVersionSeen" or "UpgradeStarted" or "UpgradeCompleted" or "UpgradeRolledBack" or "UpgradeFailed" => "upgrade",
        "FaultObserved" => "fault",
        _ => "service",
    };

    /// <summary>The metrics object keyed by rule-language names.</summary>
    public static JsonObject Metrics(QueueMetrics m) => new()
    {
        ["exists"] = m.Exists,
        ["waiting"] = m.Waiting,
        ["unacked"] = m.Unacked,
        ["latency"] = m.Latency,
        ["age"] = m.Age,
        ["rate"] = m.Rate,
        ["call_rate"] = m.CallRate,
        ["exec_rate"] = m.ExecRate,
        ["consumers"] = m.Consumers,
        ["utilisation"] = m.Utilisation,
    };

    private static (string Status, string? Detail, DateTimeOffset? LastSample) Probe(IReadOnlyList<ProbeStatus> probes)
    {
        var last = probes.Select(p => p.SampledAt).Where(t => t is not null).DefaultIfEmpty(null).Max();
        if (probes.FirstOrDefault(p => p.State == ProbeState.Unavailable) is { } unavailable)
        {
            return ("unavailable", $"{unavailable.Resource}: {unavailable.Error ?? "RabbitMQ management API unreachable"}", last);
        }

        if (probes.FirstOrDefault(p => p.Last is { Exists: false }) is { } missing)
        {
            return ("missing", $"{missing.Resource}: the queue does not exist", last);
        }

        return probes.Count > 0 && probes.All(p => p.State == ProbeState.Up) ? ("ok", null, last) : ("starting", null, last);
    }
}
