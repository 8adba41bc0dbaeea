using Maiev.Actors.Hosting;
using Maiev.Actors.RabbitMq;
using Maiev.Actors.Upgrades;

namespace Maiev.Node.Hosting;

/// <summary>Starts Maiev's actors (<see cref="MaievActors.StartAsync"/>) from the node's settings.</summary>
internal static class RealActors
{
    /// <summary>The region, directory and webhook ingress of the real actors, with upgrades and (when a registry is configured) tag polling.</summary>
    public static async Task<NodeActors> StartAsync(NodeActorsContext context, CancellationToken ct)
    {
        var options = new MaievActorsOptions
        {
            Journal = context.Journal,
            Snapshots = context.Snapshots,
            Events = context.Events,
            RabbitMq = context.Settings.RabbitMq,
            Stats = new RabbitMqStatsSettings(context.Settings.RabbitMqPollInterval < RabbitMqStatsSettings.MinimumInterval ? RabbitMqStatsSettings.MinimumInterval : context.Settings.RabbitMqPollInterval),
            Docker = context.Docker,
            Registry = context.Registry,
            SnapshotEvery = context.Settings.Persistence.SnapshotEvery,
            RegistryPollInterval = context.Settings.RegistryPollInterval,
            Shards = context.Settings.Shards,
            Time = context.Time,
        };
        options = options with
        {
            UpgradeProps = UpgradeActors.UpgradePropsFactory(options),
            IngressProps = o => UpgradeActors.IngressProps(o),
            RegistryPollerProps = context.Registry is null ? null : o => UpgradeActors.RegistryPollerProps(o)!,
        };
        var handle = await MaievActors.StartAsync(context.System, options, ct).ConfigureAwait(false);
        return new NodeActors(handle.Services, handle.Directory, handle.Ingress, handle.DisposeAsync);
    }
}
