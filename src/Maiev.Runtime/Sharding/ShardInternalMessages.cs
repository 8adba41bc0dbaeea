using Maiev.Runtime.Actors;

namespace Maiev.Runtime.Sharding;

/// <summary>A message for one entity of a shard.</summary>
internal sealed record ShardDelivery(string EntityId, object Message);

/// <summary>The outcome of <see cref="IShardOwner.AcquireAsync"/>.</summary>
internal sealed record ShardAcquired(string ShardId, bool Owned, Exception? Error);

/// <summary>Try to acquire a shard again.</summary>
internal sealed record RetryAcquire(string ShardId);

/// <summary>A shard was released after hand-off.</summary>
internal sealed record ShardReleased(string ShardId);

/// <summary>Shards that have remembered entities, loaded at region start.</summary>
internal sealed record RememberedShards(IReadOnlyCollection<string> ShardIds);

/// <summary>Remembered entities of a shard, loaded at shard start.</summary>
internal sealed record RememberedEntities(IReadOnlyCollection<string> EntityIds);

/// <summary>An entity id has been stored; start it and deliver its buffer.</summary>
internal sealed record EntityRemembered(string EntityId);

/// <summary>Start a remembered entity that stopped by itself.</summary>
internal sealed record RestartEntity(string EntityId);

/// <summary>Look for idle entities.</summary>
internal sealed record PassivateIdleTick;

/// <summary>A passivated entity was removed from the remembered set.</summary>
internal sealed record EntityForgotten(string EntityId);
