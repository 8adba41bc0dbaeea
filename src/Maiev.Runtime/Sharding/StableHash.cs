using System.Text;

namespace Maiev.Runtime.Sharding;

/// <summary>
/// A hash that is the same in every process and on every machine (unlike <see cref="string.GetHashCode()"/>,
/// which is randomized per process), so every node maps an entity to the same shard.
/// </summary>
public static class StableHash
{
    /// <summary>32-bit FNV-1a over the UTF-8 bytes of <paramref name="value"/>.</summary>
    public static uint Fnv1a32(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }

    /// <summary>The shard (0 to <paramref name="shardCount"/> − 1) that <paramref name="entityId"/> belongs to.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shardCount"/> is not positive.</exception>
    public static int ShardOf(string entityId, int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shardCount);
        return (int)(Fnv1a32(entityId) % (uint)shardCount);
    }
}
