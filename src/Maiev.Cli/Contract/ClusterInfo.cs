namespace Maiev.Cli.Contract;

/// <summary><c>GET /api/v1/cluster</c>.</summary>
internal sealed record ClusterInfo(
    string NodeId,
    string Mode,
    string? Version,
    DateTimeOffset StartedAt,
    double UptimeSeconds,
    int ShardCount,
    IReadOnlyList<MemberInfo> Members,
    IReadOnlyList<DependencyInfo> Dependencies);

/// <summary>A cluster member as the answering node sees it.</summary>
internal sealed record MemberInfo(string NodeId, string Address, string Status, bool Self, int Shards, DateTimeOffset? JoinedAt);

/// <summary>A dependency (journal, rabbitmq, docker, registry) and its state.</summary>
internal sealed record DependencyInfo(string Name, string State, string? Detail, DateTimeOffset? Since);
