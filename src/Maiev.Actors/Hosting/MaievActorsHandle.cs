using Maiev.Runtime.Actors;

namespace Maiev.Actors.Hosting;

/// <summary>The started actors the node talks to, and its readiness checks. Disposing stops them.</summary>
internal sealed class MaievActorsHandle : IAsyncDisposable
{
    private readonly ActorSystem _system;
    private readonly IDisposable? _owned;

    internal MaievActorsHandle(
        ActorSystem system,
        IActorRef services,
        IActorRef directory,
        IActorRef? ingress,
        IActorRef rabbitMqStats,
        IActorRef? registryPoller,
        IReadOnlyList<DependencyCheck> dependencies,
        IDisposable? owned)
    {
        _system = system;
        Services = services;
        Directory = directory;
        Ingress = ingress;
        RabbitMqStats = rabbitMqStats;
        RegistryPoller = registryPoller;
        Dependencies = dependencies;
        _owned = owned;
    }

    /// <summary>The service region: send any <c>IServiceCommand</c> here; it routes by service name.</summary>
    public IActorRef Services { get; }

    /// <summary>The service directory (<c>ListServices</c> → <c>ServiceList</c>).</summary>
    public IActorRef Directory { get; }

    /// <summary>The webhook ingress, or null when no <see cref="MaievActorsOptions.IngressProps"/> was given.</summary>
    public IActorRef? Ingress { get; }

    /// <summary>The shared RabbitMQ stats poller.</summary>
    public IActorRef RabbitMqStats { get; }

    /// <summary>The registry poller, or null when no <see cref="MaievActorsOptions.RegistryPollerProps"/> was given.</summary>
    public IActorRef? RegistryPoller { get; }

    /// <summary>Readiness checks: journal (the directory replayed) and docker (the scalers' last answer).</summary>
    public IReadOnlyList<DependencyCheck> Dependencies { get; }

    /// <summary>Stops the actors started by <see cref="MaievActors.StartAsync"/> and disposes what it created.</summary>
    public ValueTask DisposeAsync()
    {
        _system.Stop(Services);
        _system.Stop(Directory);
        _system.Stop(RabbitMqStats);
        if (Ingress is not null)
        {
            _system.Stop(Ingress);
        }

        if (RegistryPoller is not null)
        {
            _system.Stop(RegistryPoller);
        }

        _owned?.Dispose();
        return ValueTask.CompletedTask;
    }
}
