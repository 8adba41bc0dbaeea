using Maiev.Runtime.Actors;

namespace Maiev.Actors.Services;

/// <summary>
/// The service region (<c>/user/services</c>): routes every <see cref="IServiceCommand"/> to the ServiceActor named
/// after the service, creating it on first use. The runtime has no ShardRegion yet, so this is a plain parent per node
/// (embedded mode owns every shard); a failing ServiceActor restarts and recovers from its journal.
/// </summary>
internal sealed class ServiceRegion : ReceiveActor
{
    private readonly ServiceDependencies _deps;
    private readonly Dictionary<string, IActorRef> _entities = new(StringComparer.Ordinal);

    /// <summary>Creates the region.</summary>
    public ServiceRegion(ServiceDependencies deps)
    {
        _deps = deps;
        Receive<IServiceCommand>(command => Entity(command.ServiceName)?.Tell(command, Sender));
        Receive<StartEntity>(start => Entity(start.ServiceName));
        Receive<Terminated>(t =>
        {
            foreach (var (name, entity) in _entities.ToList())
            {
                if (entity.Path == t.ActorRef.Path)
                {
                    _entities.Remove(name);
                }
            }
        });
    }

    /// <summary>Props for the region.</summary>
    public static Props Props(ServiceDependencies deps) => Maiev.Runtime.Actors.Props.Create(() => new ServiceRegion(deps));

    /// <inheritdoc />
    protected override SupervisorStrategy SupervisorStrategy() =>
        new OneForOneStrategy(10, TimeSpan.FromMinutes(1), static _ => Directive.Restart);

    private IActorRef? Entity(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            Sender.Tell(new CommandRejected(name ?? string.Empty, RejectionKind.Validation, "a service name is required", []));
            return null;
        }

        if (!_entities.TryGetValue(name, out var entity))
        {
            entity = Context.ActorOf(ServiceActor.Props(name, _deps), Uri.EscapeDataString(name));
            Context.Watch(entity);
            _entities[name] = entity;
        }

        return entity;
    }
}
