namespace Maiev.Runtime.Sharding;

/// <summary>Maps a message sent to a <see cref="ShardRegion"/> to its entity and shard.</summary>
public interface IMessageExtractor
{
    /// <summary>The entity the message is for, or <see langword="null"/> if the region cannot route it (it goes to dead letters).</summary>
    string? EntityId(object message);

    /// <summary>What the entity receives (e.g. the payload of an envelope).</summary>
    object EntityMessage(object message);

    /// <summary>The shard of <paramref name="entityId"/>; must be stable across processes and machines.</summary>
    string ShardId(string entityId);
}
