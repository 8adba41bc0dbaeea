namespace Maiev.Actors.RabbitMq;

/// <summary>
/// How often the node-level stats poller asks the management API (one bulk request per vhost per
/// interval). Validated on creation: the message names the setting and the bound.
/// </summary>
internal sealed record RabbitMqStatsSettings
{
    /// <summary>The default poll interval (maiev polled every few seconds).</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

    /// <summary>The shortest interval: RabbitMQ's finest statistics interval is 1 s, polling faster only repeats figures.</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(1);

    /// <summary>Creates settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The interval is below <see cref="MinimumInterval"/>.</exception>
    public RabbitMqStatsSettings(TimeSpan? interval = null)
    {
        var value = interval ?? DefaultInterval;
        if (value < MinimumInterval)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), value,
                $"maiev.rabbitmq.stats-interval must be at least {MinimumInterval.TotalSeconds:0} s (RabbitMQ's finest statistics interval), got {value.TotalMilliseconds:0} ms.");
        }

        Interval = value;
    }

    /// <summary>Time between two polls of the same vhost.</summary>
    public TimeSpan Interval { get; }
}
