namespace Maiev.Runtime.Sharding;

/// <summary>A process-local <see cref="IRememberedEntityStore"/> (tests, and a node that restarts nothing across processes). Thread-safe.</summary>
public sealed class InMemoryRememberedEntityStore : IRememberedEntityStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SortedSet<string>> _shards = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<IReadOnlyCollection<string>> GetShardIdsAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyCollection<string>>([.. _shards.Where(s => s.Value.Count > 0).Select(s => s.Key)]);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyCollection<string>> GetEntityIdsAsync(string shardId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyCollection<string>>(_shards.TryGetValue(shardId, out var set) ? [.. set] : []);
        }
    }

    /// <inheritdoc/>
    public Task AddAsync(string shardId, string entityId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_shards.TryGetValue(shardId, out var set))
            {
                _shards[shardId] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(entityId);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task RemoveAsync(string shardId, string entityId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_shards.TryGetValue(shardId, out var set))
            {
                set.Remove(entityId);
            }
        }

        return Task.CompletedTask;
    }
}
