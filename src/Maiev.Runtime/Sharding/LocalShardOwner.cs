namespace Maiev.Runtime.Sharding;

/// <summary>The single-node owner: this node owns every shard (embedded mode).</summary>
public sealed class LocalShardOwner : IShardOwner
{
    /// <summary>The one instance.</summary>
    public static LocalShardOwner Instance { get; } = new();

    /// <inheritdoc/>
    public Task<bool> AcquireAsync(string shardId, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <inheritdoc/>
    public Task ReleaseAsync(string shardId, CancellationToken cancellationToken) => Task.CompletedTask;
}
