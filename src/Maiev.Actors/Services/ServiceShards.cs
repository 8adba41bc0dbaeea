using System.Text;

namespace Maiev.Actors.Services;

/// <summary>The stable shard of a service name (FNV-1a over UTF-8; never <c>string.GetHashCode</c>).</summary>
internal static class ServiceShards
{
    /// <summary>The shard in [0, <paramref name="shards"/>) of <paramref name="serviceName"/>; equal on every node and run.</summary>
    public static int ShardOf(string serviceName, int shards)
    {
        ArgumentNullException.ThrowIfNull(serviceName);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(serviceName))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)(hash % (uint)shards);
    }
}
