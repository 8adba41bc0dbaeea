using Maiev.Actors.Specs;
using Maiev.Actors.Versions;

namespace Maiev.Actors.Services;

/// <summary>
/// What <c>GET /api/v1/services/{name}</c> shows: the spec, the running image, observed and desired replicas, the
/// bounds, pause and manual hold, every probe, the rule results, the last decision, the upgrade in flight, the last
/// fault and the shard that hosts the service.
/// </summary>
internal sealed record ServiceStatus(
    string Name,
    ServiceSpec Spec,
    ImageReference? Image,
    int? ObservedReplicas,
    int? DesiredReplicas,
    int Min,
    int Max,
    bool Paused,
    string? PausedReason,
    DateTimeOffset? HoldUntil,
    IReadOnlyList<ProbeStatus> Probes,
    IReadOnlyDictionary<string, RuleStatus> Rules,
    DecisionSummary? LastDecision,
    UpgradeStatus? Upgrade,
    FaultInfo? LastFault,
    int ShardId);
