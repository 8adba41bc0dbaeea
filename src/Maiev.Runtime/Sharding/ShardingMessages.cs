namespace Maiev.Runtime.Sharding;

/// <summary>Sent by an entity to its parent (the shard) to be stopped; messages for it are buffered meanwhile and start it again.</summary>
/// <param name="StopMessage">What the entity receives to stop (default: PoisonPill).</param>
public sealed record Passivate(object? StopMessage = null);

/// <summary>Tells a region to start a shard now (e.g. its owner just took it); remembered entities start with it.</summary>
/// <param name="ShardId">The shard.</param>
public sealed record StartShard(string ShardId);

/// <summary>Tells a region to stop a shard's entities and release it; the sender gets <see cref="ShardHandedOff"/>.</summary>
/// <param name="ShardId">The shard.</param>
public sealed record HandOffShard(string ShardId);

/// <summary>The reply to <see cref="HandOffShard"/>: the shard's entities have stopped and the shard was released.</summary>
/// <param name="ShardId">The shard.</param>
public sealed record ShardHandedOff(string ShardId);

/// <summary>Tells a region to hand off every shard and refuse new messages (shutdown); the sender gets <see cref="AllShardsHandedOff"/>.</summary>
public sealed record HandOffAllShards;

/// <summary>The reply to <see cref="HandOffAllShards"/>.</summary>
/// <param name="ShardIds">The shards that were handed off.</param>
public sealed record AllShardsHandedOff(IReadOnlyList<string> ShardIds);
