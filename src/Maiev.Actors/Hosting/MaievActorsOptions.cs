using Maiev.Actors.Docker;
using Maiev.Actors.RabbitMq;
using Maiev.Actors.Registry;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Maiev.Runtime.Sharding;

namespace Maiev.Actors.Hosting;

/// <summary>
/// Everything <see cref="MaievActors.StartAsync"/> needs; the node fills it from HOCON. The journal and snapshot store
/// must have been built with <see cref="Events"/> (the service event types are registered into it on start).
/// </summary>
internal sealed record MaievActorsOptions
{
    /// <summary>The event journal every persistent actor writes to.</summary>
    public required IJournal Journal { get; init; }

    /// <summary>The snapshot store.</summary>
    public required ISnapshotStore Snapshots { get; init; }

    /// <summary>The registry of event manifests the journal and snapshot store serialize with.</summary>
    public required EventTypeRegistry Events { get; init; }

    /// <summary>The RabbitMQ management API (address and credentials).</summary>
    public required RabbitMqManagementOptions RabbitMq { get; init; }

    /// <summary>How often the shared stats poller reads each vhost (default 5 s).</summary>
    public RabbitMqStatsSettings Stats { get; init; } = new();

    /// <summary>The Docker Engine (Swarm manager) client; owned by the caller.</summary>
    public required DockerClient Docker { get; init; }

    /// <summary>The registry client for tag polling; null disables polling. Owned by the caller.</summary>
    public RegistryClient? Registry { get; init; }

    /// <summary>Take a snapshot of a service every this many events (HOCON <c>maiev.persistence.snapshot-every</c>).</summary>
    public int SnapshotEvery { get; init; } = 100;

    /// <summary>How often the registry poller lists tags.</summary>
    public TimeSpan RegistryPollInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often each service's scaler reads its Swarm service (replicas, image). Default 10 s.</summary>
    public TimeSpan ObserveInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Number of shards service names hash to (HOCON <c>maiev.cluster.shards</c>).</summary>
    public int Shards { get; init; } = 64;

    /// <summary>Who may own which shard (the node's PostgreSQL advisory locks); null: this node owns every shard (embedded mode).</summary>
    public IShardOwner? ShardOwner { get; init; }

    /// <summary>The clock every actor uses.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Builds the <c>upgrade</c> child of a ServiceActor (normally <c>UpgradeActor.Props</c>); null disables upgrades.</summary>
    public Func<UpgradeChildRequest, Props>? UpgradeProps { get; init; }

    /// <summary>Builds the <c>/ingress</c> actor (normally <c>HttpIngressActor</c>); null leaves <see cref="MaievActorsHandle.Ingress"/> null.</summary>
    public Func<MaievActorsOptions, Props>? IngressProps { get; init; }

    /// <summary>Builds the <c>/registry-poller</c> actor (normally <c>RegistryPollerActor</c>); null disables polling.</summary>
    public Func<MaievActorsOptions, Props>? RegistryPollerProps { get; init; }
}
