namespace Maiev.Runtime.Sharding;

/// <summary>Where a region with remembered entities records which entities run, so they start again by themselves.</summary>
public interface IRememberedEntityStore
{
    /// <summary>Every shard that has remembered entities.</summary>
    Task<IReadOnlyCollection<string>> GetShardIdsAsync(CancellationToken cancellationToken);

    /// <summary>The remembered entities of <paramref name="shardId"/>.</summary>
    Task<IReadOnlyCollection<string>> GetEntityIdsAsync(string shardId, CancellationToken cancellationToken);

    /// <summary>Remembers that <paramref name="entityId"/> runs in <paramref name="shardId"/>.</summary>
    Task AddAsync(string shardId, string entityId, CancellationToken cancellationToken);

    /// <summary>Forgets <paramref name="entityId"/> (it was passivated).</summary>
    Task RemoveAsync(string shardId, string entityId, CancellationToken cancellationToken);
}
