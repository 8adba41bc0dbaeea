namespace Maiev.Actors.Services;

/// <summary>Tuning of every ServiceActor. Defaults suit production; tests shorten them.</summary>
internal sealed record ServiceActorSettings
{
    /// <summary>Save a snapshot every this many events (at least 1; default 100).</summary>
    public int SnapshotEvery { get; init; } = 100;

    /// <summary>How often the scaler reads the Swarm service (replicas, image). Default 10 s.</summary>
    public TimeSpan ObserveInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A probe without a sample for this long reports Unknown. Default 30 s.</summary>
    public TimeSpan ProbeStaleAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>First delay before a failed child is re-created; doubles per failure. Default 1 s.</summary>
    public TimeSpan ChildBackoffMin { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest delay before a failed child is re-created. Default 30 s.</summary>
    public TimeSpan ChildBackoffMax { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A child that ran this long before failing starts its backoff again from the minimum. Default 1 min.</summary>
    public TimeSpan ChildBackoffReset { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Number of shards service names hash to (for the status's shard id). Default 64.</summary>
    public int Shards { get; init; } = 64;

    /// <summary>Checks the settings; returns every problem, naming the setting.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (SnapshotEvery < 1)
        {
            errors.Add($"snapshot-every must be at least 1, got {SnapshotEvery}");
        }

        if (ObserveInterval <= TimeSpan.Zero)
        {
            errors.Add($"observe-interval must be positive, got {ObserveInterval}");
        }

        if (ProbeStaleAfter <= TimeSpan.Zero)
        {
            errors.Add($"probe-stale-after must be positive, got {ProbeStaleAfter}");
        }

        if (ChildBackoffMin <= TimeSpan.Zero || ChildBackoffMax < ChildBackoffMin)
        {
            errors.Add($"child backoff must satisfy 0 < min ({ChildBackoffMin}) <= max ({ChildBackoffMax})");
        }

        if (Shards < 1)
        {
            errors.Add($"shards must be at least 1, got {Shards}");
        }

        return errors;
    }
}
