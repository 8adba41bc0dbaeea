using Maiev.Runtime.Actors;
using Microsoft.Extensions.Logging;

namespace Maiev.Runtime.Sharding;

/// <summary>Acquiring, starting, handing off and losing shards.</summary>
public sealed partial class ShardRegion
{
    private readonly HashSet<string> _acquiring = new(StringComparer.Ordinal);

    private void Acquire(string shardId)
    {
        _acquiring.Add(shardId);
        _settings.Owner.AcquireAsync(shardId, CancellationToken.None).PipeTo(
            Self,
            success: owned => new ShardAcquired(shardId, owned, null),
            failure: error => new ShardAcquired(shardId, false, error));
    }

    private void OnAcquired(ShardAcquired acquired)
    {
        var shardId = acquired.ShardId;
        _acquiring.Remove(shardId);
        if (_closed)
        {
            DropPending(shardId);
            return;
        }

        if (acquired.Error is not null)
        {
            Log.LogAcquireFailed(_settings.TypeName, shardId, acquired.Error);
            Timers.StartSingleTimer(("acquire", shardId), new RetryAcquire(shardId), _settings.AcquireRetryDelay);
            return;
        }

        if (!acquired.Owned)
        {
            // Owned by another node: forwarding between nodes belongs to the cluster owner (Maiev.Node).
            Log.LogShardOwnedElsewhere(_settings.TypeName, shardId);
            DropPending(shardId);
            return;
        }

        var shard = Context.Watch(Context.ActorOf(Shard.Props(shardId, _settings), shardId));
        _shards[shardId] = shard;
        if (_pending.Remove(shardId, out var buffer))
        {
            foreach (var envelope in buffer)
            {
                shard.Tell(envelope.Message, envelope.Sender);
            }
        }
    }

    private void HandOff(string shardId, IActorRef requester)
    {
        if (!_shards.TryGetValue(shardId, out var shard))
        {
            requester.Tell(new ShardHandedOff(shardId), Self);
            return;
        }

        if (!_handOffWaiters.TryGetValue(shardId, out var waiters))
        {
            _handOffWaiters[shardId] = waiters = [];
            Context.Stop(shard);
        }

        waiters.Add(requester);
    }

    private void HandOffAll(IActorRef requester)
    {
        _closed = true;
        _handOffAllRequester = requester;
        foreach (var shardId in _pending.Keys.ToList())
        {
            DropPending(shardId);
        }

        foreach (var shardId in _shards.Keys.ToList())
        {
            HandOff(shardId, Self);
        }

        ReplyIfAllHandedOff();
    }

    private void OnShardTerminated(Terminated terminated)
    {
        var shardId = _shards.FirstOrDefault(s => s.Value.Equals(terminated.ActorRef)).Key;
        if (shardId is null)
        {
            return;
        }

        _shards.Remove(shardId);
        if (_handOffWaiters.Remove(shardId, out var waiters))
        {
            _settings.Owner.ReleaseAsync(shardId, CancellationToken.None).PipeTo(Self, success: () => new ShardReleased(shardId));
            foreach (var waiter in waiters.Where(w => !w.Equals(Self)))
            {
                waiter.Tell(new ShardHandedOff(shardId), Self);
            }

            _handedOffAll.Add(shardId);
            ReplyIfAllHandedOff();
        }

        // Messages that arrived during the hand-off, or a remembered shard that stopped unexpectedly: start it again.
        if (!_closed && (_pending.ContainsKey(shardId) || (waiters is null && _settings.RememberedEntities is not null)))
        {
            EnsureShard(shardId);
        }
    }

    private void ReplyIfAllHandedOff()
    {
        if (_handOffAllRequester is { } requester && _shards.Count == 0)
        {
            requester.Tell(new AllShardsHandedOff([.. _handedOffAll]), Self);
            _handOffAllRequester = null;
        }
    }

    private void DropPending(string shardId)
    {
        if (_pending.Remove(shardId, out var buffer))
        {
            foreach (var envelope in buffer)
            {
                Context.System.DeadLetters.Tell(((ShardDelivery)envelope.Message).Message, envelope.Sender);
            }
        }
    }
}

/// <summary>Log messages of the sharding runtime (event ids 1100–1199).</summary>
internal static partial class ShardingLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Region {Region} could not acquire shard {ShardId}; retrying")]
    public static partial void LogAcquireFailed(this ILogger logger, string region, string shardId, Exception exception);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Region {Region}: shard {ShardId} is owned by another node; its buffered messages go to dead letters")]
    public static partial void LogShardOwnedElsewhere(this ILogger logger, string region, string shardId);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Region {Region} could not load remembered entities")]
    public static partial void LogRememberedLoadFailed(this ILogger logger, string region, Exception exception);
}
