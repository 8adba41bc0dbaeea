using Maiev.Actors.Hosting;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;

namespace Maiev.Actors.Upgrades;

/// <summary>
/// Wiring of the upgrade actors for the composition root (<see cref="MaievActors.StartAsync"/>): event registration, the
/// backoff-supervised <c>/ingress</c>, <c>/registry-poller</c>, and the factory of a ServiceActor's <c>upgrade</c> child.
/// Settings not given are the defaults, with <see cref="UpgradeSettings.PollInterval"/> taken from
/// <see cref="MaievActorsOptions.RegistryPollInterval"/>.
/// </summary>
internal static class UpgradeActors
{
    /// <summary>The name of the top-level ingress actor (<c>/ingress</c>).</summary>
    public const string IngressName = "ingress";

    /// <summary>The name of the top-level poller actor (<c>/registry-poller</c>).</summary>
    public const string PollerName = "registry-poller";

    /// <summary>Registers the ingress's events and snapshot in <paramref name="events"/> (stable manifests); idempotent.</summary>
    public static void RegisterEvents(EventTypeRegistry events)
    {
        ArgumentNullException.ThrowIfNull(events);
        Register<IngressEventIdsRecorded>(events, "maiev.ingress.event-ids-recorded");
        Register<IngressWatchChanged>(events, "maiev.ingress.watch-changed");
        Register<IngressSnapshot>(events, "maiev.ingress.snapshot");
    }

    /// <summary>The ingress under a backoff supervisor (1 s … 30 s, 20 % jitter): a failed journal write restarts it from the store.</summary>
    public static Props IngressProps(MaievActorsOptions options, UpgradeSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        RegisterEvents(options.Events);
        var persistence = new PersistenceContext(options.Journal, options.Snapshots, options.SnapshotEvery);
        var ingress = HttpIngressActor.Props(persistence, Settings(options, settings), options.Time);
        return BackoffSupervisor.Props(new BackoffOptions(ingress, IngressName, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 0.2));
    }

    /// <summary>The registry poller, or null when <see cref="MaievActorsOptions.Registry"/> is null (polling disabled).</summary>
    public static Props? RegistryPollerProps(MaievActorsOptions options, UpgradeSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Registry is null ? null : RegistryPollerActor.Props(options.Registry, Settings(options, settings), options.Time);
    }

    /// <summary>The factory for <see cref="MaievActorsOptions.UpgradeProps"/>: an <see cref="UpgradeActor"/> per request.</summary>
    public static Func<UpgradeChildRequest, Props> UpgradePropsFactory(MaievActorsOptions options, UpgradeSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var resolved = Settings(options, settings);
        return request => UpgradeActor.Props(request.ServiceName, request.Target, options.Docker, resolved, options.Time, request.Resume);
    }

    /// <summary>Starts <c>/ingress</c> and, when a registry client is configured, <c>/registry-poller</c> in <paramref name="system"/>.</summary>
    /// <exception cref="InvalidActorNameException">They are already running.</exception>
    public static UpgradeActorsStarted Start(ActorSystem system, MaievActorsOptions options, UpgradeSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(options);
        var ingress = system.ActorOf(IngressProps(options, settings), IngressName);
        var poller = RegistryPollerProps(options, settings) is { } props ? system.ActorOf(props, PollerName) : null;
        return new UpgradeActorsStarted(ingress, poller);
    }

    private static UpgradeSettings Settings(MaievActorsOptions options, UpgradeSettings? settings) =>
        (settings ?? new UpgradeSettings { PollInterval = options.RegistryPollInterval }).Validate();

    private static void Register<T>(EventTypeRegistry events, string manifest)
        where T : notnull
    {
        if (!events.IsRegistered(typeof(T)))
        {
            events.Register<T>(manifest);
        }
    }
}
