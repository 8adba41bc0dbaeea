using Maiev.Runtime.Actors;

namespace Maiev.Runtime.Sharding;

/// <summary>What a <see cref="ShardRegion"/> runs and how.</summary>
/// <param name="TypeName">The region's actor name, e.g. <c>services</c>.</param>
/// <param name="EntityProps">Props of the entity with a given id.</param>
/// <param name="Extractor">Maps messages to entity and shard.</param>
public sealed record ShardRegionSettings(string TypeName, Func<string, Props> EntityProps, IMessageExtractor Extractor)
{
    /// <summary>Who owns shards. Default: <see cref="LocalShardOwner"/> (every shard is local).</summary>
    public IShardOwner Owner { get; init; } = LocalShardOwner.Instance;

    /// <summary>Stop entities that received nothing for this long; <see langword="null"/> (default) never passivates.</summary>
    public TimeSpan? PassivateIdleAfter { get; init; }

    /// <summary>Where remembered entities are recorded; <see langword="null"/> (default) remembers nothing.</summary>
    public IRememberedEntityStore? RememberedEntities { get; init; }

    /// <summary>How long a remembered entity that stopped by itself waits before it is started again. Default: 1 second.</summary>
    public TimeSpan RememberedEntityRestartDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the region waits before asking again for a shard whose acquisition failed. Default: 1 second.</summary>
    public TimeSpan AcquireRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The most messages buffered per shard or entity while it starts; more go to dead letters. Default: 10,000.</summary>
    public int BufferSize { get; init; } = 10_000;

    /// <summary>Throws when a setting is out of range, naming it.</summary>
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(TypeName, nameof(TypeName));
        ArgumentNullException.ThrowIfNull(EntityProps, nameof(EntityProps));
        ArgumentNullException.ThrowIfNull(Extractor, nameof(Extractor));
        ArgumentNullException.ThrowIfNull(Owner, nameof(Owner));
        if (PassivateIdleAfter is { } idle)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idle, TimeSpan.Zero, nameof(PassivateIdleAfter));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RememberedEntityRestartDelay, TimeSpan.Zero, nameof(RememberedEntityRestartDelay));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AcquireRetryDelay, TimeSpan.Zero, nameof(AcquireRetryDelay));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(BufferSize, nameof(BufferSize));
    }
}
