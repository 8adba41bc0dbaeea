using Maiev.Runtime.Actors;

namespace Maiev.Runtime.Sharding;

/// <summary>
/// One shard: starts entities on demand (children named by escaped entity id), buffers messages for an
/// entity that is being remembered or passivated, passivates idle entities, and with remembered
/// entities starts them all when it starts and restarts any that stop by themselves.
/// </summary>
internal sealed partial class Shard : ReceiveActor
{
    private readonly string _shardId;
    private readonly ShardRegionSettings _settings;
    private readonly IRememberedEntityStore? _store;
    private readonly Dictionary<string, IActorRef> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<IActorRef, string> _idsByRef = [];
    private readonly Dictionary<string, List<Envelope>> _buffers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _lastActive = new(StringComparer.Ordinal);
    private readonly HashSet<string> _remembered = new(StringComparer.Ordinal);
    private readonly HashSet<string> _passivating = new(StringComparer.Ordinal);

    private Shard(string shardId, ShardRegionSettings settings)
    {
        _shardId = shardId;
        _settings = settings;
        _store = settings.RememberedEntities;
        if (_store is null)
        {
            Ready();
            return;
        }

        Receive<RememberedEntities>(loaded =>
        {
            Become(Ready);
            foreach (var entityId in loaded.EntityIds)
            {
                _remembered.Add(entityId);
                StartEntity(entityId);
            }

            Stash.UnstashAll();
        });
        Receive<StatusFailure>(failure => throw new InvalidOperationException($"Shard {_shardId} could not load its remembered entities.", failure.Cause));
        ReceiveAny(_ => Stash.Stash());
    }

    public static Props Props(string shardId, ShardRegionSettings settings) =>
        Actors.Props.Create(() => new Shard(shardId, settings));

    protected internal override void PreStart()
    {
        _store?.GetEntityIdsAsync(_shardId, CancellationToken.None).PipeTo(Self, success: ids => new RememberedEntities(ids));
        if (_settings.PassivateIdleAfter is { } idle)
        {
            var interval = TimeSpan.FromTicks(Math.Max(idle.Ticks / 2, 1));
            Timers.StartPeriodicTimer("passivate-idle", new PassivateIdleTick(), interval);
        }
    }

    private void Ready()
    {
        Receive<ShardDelivery>(d => Deliver(d.EntityId, d.Message, Sender));
        Receive<Passivate>(p => BeginPassivate(Sender, p.StopMessage));
        Receive<PassivateIdleTick>(_ => PassivateIdle());
        Receive<EntityRemembered>(r => OnRemembered(r.EntityId));
        Receive<RestartEntity>(r =>
        {
            if (_remembered.Contains(r.EntityId) && !_entities.ContainsKey(r.EntityId))
            {
                StartEntity(r.EntityId);
            }
        });
        Receive<Terminated>(OnEntityTerminated);
        Receive<EntityForgotten>(_ => { });
        Receive<StatusFailure>(f => throw new InvalidOperationException($"Shard {_shardId} could not remember an entity.", f.Cause));
    }

    private void Deliver(string entityId, object message, IActorRef sender)
    {
        _lastActive[entityId] = Context.System.TimeProvider.GetUtcNow();
        if (_buffers.TryGetValue(entityId, out var buffer))
        {
            if (buffer.Count < _settings.BufferSize)
            {
                buffer.Add(new Envelope(message, sender));
            }
            else
            {
                Context.System.DeadLetters.Tell(message, sender);
            }

            return;
        }

        if (_entities.TryGetValue(entityId, out var entity))
        {
            entity.Tell(message, sender);
            return;
        }

        if (_store is not null && !_remembered.Contains(entityId))
        {
            _buffers[entityId] = [new Envelope(message, sender)];
            _store.AddAsync(_shardId, entityId, CancellationToken.None).PipeTo(Self, success: () => new EntityRemembered(entityId));
            return;
        }

        StartEntity(entityId).Tell(message, sender);
    }

    private void OnRemembered(string entityId)
    {
        _remembered.Add(entityId);
        StartEntity(entityId);
        Flush(entityId);
    }

    private IActorRef StartEntity(string entityId)
    {
        var entity = Context.Watch(Context.ActorOf(_settings.EntityProps(entityId), Uri.EscapeDataString(entityId)));
        _entities[entityId] = entity;
        _idsByRef[entity] = entityId;
        _lastActive[entityId] = Context.System.TimeProvider.GetUtcNow();
        return entity;
    }

    private void Flush(string entityId)
    {
        if (_buffers.Remove(entityId, out var buffer) && _entities.TryGetValue(entityId, out var entity))
        {
            foreach (var envelope in buffer)
            {
                entity.Tell(envelope.Message, envelope.Sender);
            }
        }
    }
}
