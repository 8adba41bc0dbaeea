using System.Text.Json;

namespace Maiev.Cli.Contract;

/// <summary>
/// The fields <c>GET /api/v1/services/{name}</c> adds to <see cref="ServiceSummary"/> (the same
/// JSON object is read as both).
/// </summary>
internal sealed record ServiceDetail(
    int? Shard,
    string? Owner,
    DateTimeOffset? MonitoredAt,
    JsonElement Spec,
    IReadOnlyList<ResourceInfo> Resources,
    IReadOnlyList<RuleInfo> Rules);

/// <summary>A probed resource (queue) and its last metrics, keyed by rule-language metric name.</summary>
internal sealed record ResourceInfo(
    string Name,
    string? Queue,
    string? Vhost,
    DateTimeOffset? SampledAt,
    IReadOnlyDictionary<string, JsonElement>? Metrics);

/// <summary>A rule's last value and when it last changed.</summary>
internal sealed record RuleInfo(string Name, bool? Value, DateTimeOffset? Since);
