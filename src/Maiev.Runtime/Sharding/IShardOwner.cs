namespace Maiev.Runtime.Sharding;

/// <summary>
/// Decides which shards this node runs. The local owner owns every shard; the cluster owner
/// (PostgreSQL advisory locks, in Maiev.Node) owns a shard while it holds its lock, and tells the
/// region <see cref="StartShard"/> when it takes one and <see cref="HandOffShard"/> when it must give one up.
/// </summary>
public interface IShardOwner
{
    /// <summary>Takes (or confirms) ownership of <paramref name="shardId"/>; <see langword="false"/> when another node owns it.</summary>
    Task<bool> AcquireAsync(string shardId, CancellationToken cancellationToken);

    /// <summary>Gives up <paramref name="shardId"/> after its entities have stopped.</summary>
    Task ReleaseAsync(string shardId, CancellationToken cancellationToken);
}
