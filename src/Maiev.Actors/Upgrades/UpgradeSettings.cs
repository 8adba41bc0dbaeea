using Maiev.Actors.Docker;

namespace Maiev.Actors.Upgrades;

/// <summary>How upgrades are carried out, followed and fed. Defaults are what the issue and PLATFORM.md call for.</summary>
internal sealed record UpgradeSettings
{
    /// <summary>
    /// The rolling update used when the service's spec has no <c>UpdateConfig</c> of its own: one task at a time,
    /// watched 2 s, rolled back on failure, the new task started before the old one stops.
    /// </summary>
    public SwarmUpdateConfig DefaultUpdateConfig { get; init; } =
        new(Parallelism: 1, Monitor: TimeSpan.FromSeconds(2), FailureAction: "rollback", Order: "start-first");

    /// <summary>How often an <see cref="UpgradeActor"/> reads the service's <c>UpdateStatus</c> and tasks. Default 1 s.</summary>
    public TimeSpan FollowInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an upgrade may take before it is reported <see cref="UpgradeOutcome.Failed"/>. Default 15 min.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the registry poller lists tags (HOCON <c>maiev.registry.poll-interval</c>). Default 5 min.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The <c>host:port</c> of the registry the poller's client talks to: only repositories there are polled. Null
    /// polls every watched repository with that one client.
    /// </summary>
    public string? PollRegistryHost { get; init; }

    /// <summary>How many webhook event ids the ingress remembers for de-duplication. Default 10,000.</summary>
    public int DedupWindow { get; init; } = 10_000;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public UpgradeSettings Validate()
    {
        ArgumentNullException.ThrowIfNull(DefaultUpdateConfig, nameof(DefaultUpdateConfig));
        _ = DefaultUpdateConfig.ToJson();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(FollowInterval, TimeSpan.Zero, nameof(FollowInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(Timeout, FollowInterval, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(PollInterval, TimeSpan.FromSeconds(1), nameof(PollInterval));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(DedupWindow, nameof(DedupWindow));
        return this;
    }
}
