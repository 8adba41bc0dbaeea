using Maiev.Runtime.Actors;

namespace Maiev.Runtime.Sharding;

/// <summary>
/// Routes each message to its entity through <see cref="IMessageExtractor"/>, starting the shard
/// (child named by shard id) and the entity (grandchild named by entity id) on demand. Messages
/// for a shard that is being acquired, or an entity that is starting, are buffered in order, not lost.
/// Handles <see cref="StartShard"/>, <see cref="HandOffShard"/> and <see cref="HandOffAllShards"/>.
/// </summary>
public sealed partial class ShardRegion : ReceiveActor
{
    private readonly ShardRegionSettings _settings;
    private readonly Dictionary<string, IActorRef> _shards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Envelope>> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IActorRef>> _handOffWaiters = new(StringComparer.Ordinal);
    private readonly List<string> _handedOffAll = [];
    private IActorRef? _handOffAllRequester;
    private bool _closed;

    private ShardRegion(ShardRegionSettings settings)
    {
        _settings = settings;
        Receive<ShardAcquired>(OnAcquired);
        Receive<RetryAcquire>(r => Acquire(r.ShardId));
        Receive<RememberedShards>(r => r.ShardIds.ToList().ForEach(id => EnsureShard(id)));
        Receive<StartShard>(s => EnsureShard(s.ShardId));
        Receive<HandOffShard>(h => HandOff(h.ShardId, Sender));
        Receive<HandOffAllShards>(_ => HandOffAll(Sender));
        Receive<Terminated>(OnShardTerminated);
        Receive<ShardReleased>(_ => { });
        Receive<StatusFailure>(f => Log.LogRememberedLoadFailed(_settings.TypeName, f.Cause));
        ReceiveAny(Route);
    }

    /// <summary>Props for a region; prefer <see cref="Start"/>, which also hooks the region into shutdown.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public static Props Props(ShardRegionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return Actors.Props.Create(() => new ShardRegion(settings));
    }

    /// <summary>
    /// Starts a region under <c>/user/{TypeName}</c> and registers a <see cref="ShutdownPhase.HandOffShards"/>
    /// task that hands every shard off.
    /// </summary>
    public static IActorRef Start(ActorSystem system, ShardRegionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(system);
        var region = system.ActorOf(Props(settings), settings.TypeName);
        system.CoordinatedShutdown.AddTask(ShutdownPhase.HandOffShards, $"hand off {settings.TypeName} shards", ct =>
            region.Ask<AllShardsHandedOff>(new HandOffAllShards(), system.Options.ShutdownStepTimeout, ct));
        return region;
    }

    /// <inheritdoc/>
    protected internal override void PreStart()
    {
        if (_settings.RememberedEntities is { } store)
        {
            store.GetShardIdsAsync(CancellationToken.None).PipeTo(Self, success: ids => new RememberedShards(ids));
        }
    }

    private void Route(object message)
    {
        var entityId = _settings.Extractor.EntityId(message);
        if (entityId is null || _closed)
        {
            Context.System.DeadLetters.Tell(message, Sender);
            return;
        }

        var shardId = _settings.Extractor.ShardId(entityId);
        var delivery = new ShardDelivery(entityId, _settings.Extractor.EntityMessage(message));
        if (_shards.TryGetValue(shardId, out var shard) && !_handOffWaiters.ContainsKey(shardId))
        {
            shard.Tell(delivery, Sender);
            return;
        }

        Buffer(shardId, new Envelope(delivery, Sender));
        EnsureShard(shardId);
    }

    private void Buffer(string shardId, Envelope envelope)
    {
        if (!_pending.TryGetValue(shardId, out var buffer))
        {
            _pending[shardId] = buffer = [];
        }

        if (buffer.Count >= _settings.BufferSize)
        {
            Context.System.DeadLetters.Tell(envelope.Message, envelope.Sender);
            return;
        }

        buffer.Add(envelope);
    }

    private void EnsureShard(string shardId)
    {
        if (_closed || _shards.ContainsKey(shardId) || _acquiring.Contains(shardId))
        {
            return;
        }

        Acquire(shardId);
    }
}
