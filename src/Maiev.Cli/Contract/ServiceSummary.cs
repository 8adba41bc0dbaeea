namespace Maiev.Cli.Contract;

/// <summary>
/// A monitored service in brief: an item of <c>GET /api/v1/services</c>, the top of
/// <c>GET /services/{name}</c>, and the answer of pause, resume and scale.
/// </summary>
internal sealed record ServiceSummary(
    string Name,
    string? Image,
    ReplicaCounts Replicas,
    int Min,
    int Max,
    bool Paused,
    HoldInfo? Hold,
    ProbeInfo Probe,
    DecisionInfo? LastDecision,
    UpgradeInfo? Upgrade);

/// <summary><c>GET /api/v1/services</c>.</summary>
internal sealed record ServiceList(IReadOnlyList<ServiceSummary> Services);

/// <summary>Observed (<see langword="null"/> when Docker is unreachable) and desired replicas.</summary>
internal sealed record ReplicaCounts(int? Observed, int Desired);

/// <summary>A manual scale in force; <see cref="Until"/> <see langword="null"/> means until resume.</summary>
internal sealed record HoldInfo(int Replicas, DateTimeOffset? Until);

/// <summary>The probe's state: ok, unavailable, missing or starting.</summary>
internal sealed record ProbeInfo(string Status, string? Detail = null, DateTimeOffset? LastSampleAt = null);

/// <summary>The last scale decision.</summary>
internal sealed record DecisionInfo(long Seq, DateTimeOffset At, int From, int To, string Reason);

/// <summary>The upgrade in progress (state as Swarm's <c>UpdateStatus.State</c>).</summary>
internal sealed record UpgradeInfo(string State, string? From, string? To, DateTimeOffset? StartedAt);
