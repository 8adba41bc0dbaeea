using System.Text.Json.Nodes;

namespace Maiev.Cli.Tests.FakeNode;

/// <summary>Canned answers, written from the examples in docs/admin-api.md (not from the console's records).</summary>
internal static class FakeNodeData
{
    public const string NodeId = "node-7f3a";

    /// <summary>Swarm services the fake "has": monitor works for these, 404 for others.</summary>
    public static readonly string[] SwarmServices = ["orders-consumer", "billing-worker", "new-worker"];

    public static JsonObject Cluster(string address) => Parse($$"""
        {
          "nodeId": "{{NodeId}}", "mode": "embedded", "version": "0.1.0",
          "startedAt": "2026-11-22T02:00:00.000Z", "uptimeSeconds": 7092.4, "shardCount": 64,
          "members": [ { "nodeId": "{{NodeId}}", "address": "{{address}}", "status": "up", "self": true,
                         "shards": 64, "joinedAt": "2026-11-22T02:00:00.000Z" } ],
          "dependencies": [
            { "name": "journal", "state": "up", "detail": "sqlite /var/lib/maiev/journal.db", "since": "2026-11-22T02:00:00.100Z" },
            { "name": "rabbitmq", "state": "down", "detail": "management API http://127.0.0.1:15672: connection refused", "since": "2026-11-22T03:10:00.000Z" },
            { "name": "docker", "state": "up", "detail": "unix:///var/run/docker.sock (swarm manager)", "since": "2026-11-22T02:00:00.300Z" },
            { "name": "registry", "state": "disabled", "detail": null, "since": "2026-11-22T02:00:00.000Z" }
          ]
        }
        """);

    public static JsonObject Shards() => Parse($$"""
        {
          "shardCount": 64,
          "shards": [
            { "shard": 0, "owner": "{{NodeId}}", "state": "owned", "services": [] },
            { "shard": 17, "owner": "{{NodeId}}", "state": "owned", "services": ["orders-consumer"] },
            { "shard": 42, "owner": null, "state": "unowned", "services": ["billing-worker"] }
          ]
        }
        """);

    public static JsonObject OrdersConsumer() => Parse($$"""
        {
          "name": "orders-consumer",
          "image": "127.0.0.1:5052/orders:1.4.2@sha256:9b1ec0",
          "replicas": { "observed": 3, "desired": 3 }, "min": 1, "max": 10, "paused": false, "hold": null,
          "probe": { "status": "ok", "detail": null, "lastSampleAt": "2026-11-22T03:58:11.000Z" },
          "lastDecision": { "seq": 41, "at": "2026-11-22T03:57:40.000Z", "from": 2, "to": 3,
                            "reason": "scale_up: rules:slow true for 31s (rmq:latency 4.2 > 2)" },
          "upgrade": null,
          "shard": 17, "owner": "{{NodeId}}", "monitoredAt": "2026-11-22T02:05:00.000Z",
          "spec": { "min": 1, "max": 10, "scale": {
              "resources": [ { "name": "rmq", "monitorer": "monitorer_rabbitmq", "identifier": "orders" } ],
              "rules": [ { "name": "slow", "expression": "rmq:latency > 2" } ],
              "scale_up": "rules:slow", "scale_down": "rmq:waiting == 0" } },
          "resources": [
            { "name": "rmq", "queue": "orders", "vhost": "/", "sampledAt": "2026-11-22T03:58:11.000Z",
              "metrics": { "exists": true, "waiting": 120, "unacked": 6, "latency": 4.2, "age": null, "rate": -3.5,
                           "call_rate": 40.0, "exec_rate": 43.5, "consumers": 3, "utilisation": 0.92 } } ],
          "rules": [ { "name": "slow", "value": true, "since": "2026-11-22T03:57:09.000Z" } ]
        }
        """);

    public static JsonObject BillingWorker() => Parse($$"""
        {
          "name": "billing-worker",
          "image": "127.0.0.1:5052/billing:2.0.0@sha256:77aa01",
          "replicas": { "observed": null, "desired": 2 }, "min": 2, "max": 4, "paused": true,
          "hold": { "replicas": 2, "until": null },
          "probe": { "status": "unavailable", "detail": "RabbitMQ management API unreachable since 03:10:00Z", "lastSampleAt": null },
          "lastDecision": null,
          "upgrade": { "state": "updating", "from": "127.0.0.1:5052/billing:1.9.0@sha256:12abef",
                       "to": "127.0.0.1:5052/billing:2.0.0@sha256:77aa01", "startedAt": "2026-11-22T03:57:00.000Z" },
          "shard": 42, "owner": null, "monitoredAt": "2026-11-22T02:06:00.000Z",
          "spec": { "min": 2, "max": 4 },
          "resources": [], "rules": []
        }
        """);

    /// <summary>A service monitored by PUT: its summary fields from the spec.</summary>
    public static JsonObject FromSpec(string name, JsonObject? spec)
    {
        var min = spec?["min"]?.GetValue<int>() ?? 1;
        var max = spec?["max"]?.GetValue<int>() ?? 1;
        return Parse($$"""
            {
              "name": "{{name}}", "image": "127.0.0.1:5052/{{name}}:1.0.0@sha256:0001",
              "replicas": { "observed": {{min}}, "desired": {{min}} }, "min": {{min}}, "max": {{max}}, "paused": false, "hold": null,
              "probe": { "status": "starting", "detail": null, "lastSampleAt": null },
              "lastDecision": null, "upgrade": null,
              "shard": 5, "owner": "{{NodeId}}", "monitoredAt": "2026-11-22T04:00:00.000Z",
              "spec": {{spec?.ToJsonString() ?? "{}"}}, "resources": [], "rules": []
            }
            """);
    }

    /// <summary>The history of orders-consumer: seq 1..41, ScaleDecided at 41.</summary>
    public static List<JsonObject> History(string service, int count) =>
        [.. Enumerable.Range(1, count).Select(seq => Event(service, seq, seq == count ? "decision" : "scale"))];

    public static JsonObject Event(string service, long seq, string kind)
    {
        var (type, summary) = kind switch
        {
            "decision" => ("ScaleDecided", $"2 → 3: scale_up: rules:slow true for 31s (event {seq})"),
            "upgrade" => ("UpgradeCompleted", $"now runs orders:1.5.0 (event {seq})"),
            "fault" => ("FaultObserved", $"probe restarted (event {seq})"),
            _ => ("ScaleApplied", $"Swarm now runs 2 replicas (event {seq})"),
        };
        var at = new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero).AddSeconds(seq).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        return Parse($$"""
            { "seq": {{seq}}, "at": "{{at}}", "service": "{{service}}", "kind": "{{kind}}", "type": "{{type}}",
              "summary": "{{summary}}", "data": { "from": 2, "to": 3 } }
            """);
    }

    public static JsonObject Status(string service, int observed, int desired, double waiting) => Parse($$"""
        { "service": "{{service}}", "at": "2026-11-22T04:00:01.000Z", "replicas": { "observed": {{observed}}, "desired": {{desired}} },
          "paused": false, "probe": { "status": "ok" }, "waiting": {{waiting}}, "latency": 1.5 }
        """);

    public static JsonObject Actors() => Parse($$"""
        {
          "nodeId": "{{NodeId}}",
          "root": { "path": "/user", "type": "Guardian", "mailbox": 0, "restarts": 0, "children": [
            { "path": "/user/services", "type": "ShardRegion", "mailbox": 0, "restarts": 0, "children": [
              { "path": "/user/services/17/orders-consumer", "type": "ServiceActor", "mailbox": 1, "restarts": 0, "children": [
                { "path": "/user/services/17/orders-consumer/probe-rmq", "type": "QueueProbeActor", "mailbox": 0, "restarts": 2, "children": [] },
                { "path": "/user/services/17/orders-consumer/scaler", "type": "ScalerActor", "mailbox": 0, "restarts": 0, "children": [] } ] } ] },
            { "path": "/user/rabbitmq-stats", "type": "RabbitMqStatsActor", "mailbox": 0, "restarts": 0, "children": [] } ] }
        }
        """);

    public static JsonObject Config() => Parse($$"""
        {
          "nodeId": "{{NodeId}}",
          "origins": ["reference.conf", "hocon/embedded.conf", "environment"],
          "masked": ["maiev.admin.token", "maiev.rabbitmq.password"],
          "config": { "maiev": {
            "http": { "host": "127.0.0.1", "port": 5080 },
            "admin": { "token": "***", "stream-buffer": 1000 },
            "rabbitmq": { "api": "http://127.0.0.1:15672", "user": "guest", "password": "***" },
            "persistence": { "journal": "sqlite", "snapshot-every": 100 },
            "cluster": { "shards": 64 } } }
        }
        """);

    /// <summary>The summary part of a service object (what <c>GET /services</c> lists).</summary>
    public static JsonObject Summary(JsonObject service)
    {
        var summary = (JsonObject)service.DeepClone();
        foreach (var key in new[] { "shard", "owner", "monitoredAt", "spec", "resources", "rules" })
        {
            summary.Remove(key);
        }

        return summary;
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
