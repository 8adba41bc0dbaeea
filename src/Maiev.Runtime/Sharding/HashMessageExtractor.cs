using System.Globalization;

namespace Maiev.Runtime.Sharding;

/// <summary>
/// Routes <see cref="ShardingEnvelope"/>s, and any other message <paramref name="entityIdOf"/> can name
/// an entity for, to shard <c>StableHash.ShardOf(entityId, shardCount)</c> (written in decimal).
/// </summary>
/// <param name="shardCount">How many shards there are (HOCON <c>maiev.cluster.shards</c>, 64 by default).</param>
/// <param name="entityIdOf">Names the entity of a message that is not an envelope; <see langword="null"/> when unknown.</param>
public sealed class HashMessageExtractor(int shardCount, Func<object, string?>? entityIdOf = null) : IMessageExtractor
{
    private readonly int _shardCount = shardCount > 0
        ? shardCount
        : throw new ArgumentOutOfRangeException(nameof(shardCount), shardCount, "The shard count must be positive.");

    /// <inheritdoc/>
    public string? EntityId(object message) => message switch
    {
        ShardingEnvelope envelope => envelope.EntityId,
        _ => entityIdOf?.Invoke(message),
    };

    /// <inheritdoc/>
    public object EntityMessage(object message) => message is ShardingEnvelope envelope ? envelope.Message : message;

    /// <inheritdoc/>
    public string ShardId(string entityId) => StableHash.ShardOf(entityId, _shardCount).ToString(CultureInfo.InvariantCulture);
}
