using Maiev.Actors.RabbitMq;
using Maiev.Actors.Services;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Sharding;

namespace Maiev.Actors.Hosting;

/// <summary>The composition root of Maiev's actors.</summary>
internal static class MaievActors
{
    /// <summary>The type name of the service region (<c>/user/service</c>).</summary>
    public const string ServiceRegionName = "service";

    /// <summary>
    /// Registers the service event types in <see cref="MaievActorsOptions.Events"/>, starts <c>/rabbitmq-stats</c>,
    /// <c>/service-directory</c> (which restarts every registered service), <c>/service</c> (the runtime's ShardRegion of ServiceActors), and
    /// <c>/ingress</c> and <c>/registry-poller</c> when their factories are given. The returned handle owns the
    /// management client it creates; the Docker and registry clients stay the caller's.
    /// </summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public static Task<MaievActorsHandle> StartAsync(ActorSystem system, MaievActorsOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(options);
        ct.ThrowIfCancellationRequested();
        var settings = new ServiceActorSettings
        {
            SnapshotEvery = options.SnapshotEvery,
            Shards = options.Shards,
            ObserveInterval = options.ObserveInterval,
            ProbeStaleAfter = options.Stats.Interval * 3,
        };
        if (settings.Validate() is { Count: > 0 } errors)
        {
            throw new ArgumentException("invalid Maiev actor options: " + string.Join("; ", errors), nameof(options));
        }

        ServiceEventTypes.Register(options.Events);
        var board = new DependencyBoard();
        var management = new RabbitMqManagementClient(options.RabbitMq, options.Time);
        var stats = system.ActorOf(RabbitMqStatsActor.Props(management, options.Stats, options.Time), "rabbitmq-stats");
        // Ingress and poller first: they learn watched images from what services announce.
        var ingress = options.IngressProps is { } ingressProps ? system.ActorOf(ingressProps(options), "ingress") : null;
        var poller = options.RegistryPollerProps is { } pollerProps ? system.ActorOf(pollerProps(options), "registry-poller") : null;
        var directory = system.ActorOf(ServiceDirectoryActor.Props(options.Journal, board.Reporter("journal")), "service-directory");
        var docker = board.Reporter("docker");
        var children = new ServiceChildren(
            (_, resource) => QueueProbeActor.Props(resource, stats, options.Time, settings.ProbeStaleAfter),
            service => ScalerActor.Props(service, options.Docker, settings.ObserveInterval, docker),
            options.UpgradeProps);
        var deps = new ServiceDependencies(options.Journal, options.Snapshots, options.Events, settings, children, options.Time, directory);
        var extractor = new HashMessageExtractor(options.Shards, static m => m switch
        {
            IServiceCommand command => command.ServiceName,
            StartEntity start => start.ServiceName,
            _ => null,
        });
        var region = ShardRegion.Start(system, new ShardRegionSettings(ServiceRegionName, name => ServiceActor.Props(name, deps), extractor)
        {
            Owner = options.ShardOwner ?? LocalShardOwner.Instance,
        });
        directory.Tell(new StartRememberedEntities(region));
        IReadOnlyList<DependencyCheck> checks = [board.Check("journal"), board.Check("docker")];
        return Task.FromResult(new MaievActorsHandle(system, region, directory, ingress, stats, poller, checks, management));
    }
}
