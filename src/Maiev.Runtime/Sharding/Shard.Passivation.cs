using Maiev.Runtime.Actors;

namespace Maiev.Runtime.Sharding;

/// <summary>Passivation and entities that stop.</summary>
internal sealed partial class Shard
{
    private void PassivateIdle()
    {
        var now = Context.System.TimeProvider.GetUtcNow();
        var idle = _settings.PassivateIdleAfter!.Value;
        foreach (var (entityId, entity) in _entities.ToList())
        {
            if (!_passivating.Contains(entityId) && now - _lastActive.GetValueOrDefault(entityId, now) >= idle)
            {
                BeginPassivate(entity, null);
            }
        }
    }

    private void BeginPassivate(IActorRef entity, object? stopMessage)
    {
        if (!_idsByRef.TryGetValue(entity, out var entityId) || !_passivating.Add(entityId))
        {
            return;
        }

        _buffers[entityId] = [];
        entity.Tell(stopMessage ?? PoisonPill.Instance, Self);
    }

    private void OnEntityTerminated(Terminated terminated)
    {
        if (!_idsByRef.Remove(terminated.ActorRef, out var entityId))
        {
            return;
        }

        _entities.Remove(entityId);
        if (_passivating.Remove(entityId))
        {
            if (_buffers.TryGetValue(entityId, out var buffer) && buffer.Count > 0)
            {
                // Messages arrived while it stopped: it is wanted again.
                StartEntity(entityId);
                Flush(entityId);
                return;
            }

            _buffers.Remove(entityId);
            _lastActive.Remove(entityId);
            if (_store is not null && _remembered.Remove(entityId))
            {
                _store.RemoveAsync(_shardId, entityId, CancellationToken.None).PipeTo(Self, success: () => new EntityForgotten(entityId));
            }

            return;
        }

        if (_remembered.Contains(entityId))
        {
            // A remembered entity stopped without passivating: start it again by itself.
            Timers.StartSingleTimer(("restart", entityId), new RestartEntity(entityId), _settings.RememberedEntityRestartDelay);
        }
    }
}
