using Maiev.Actors.Metrics;

namespace Maiev.Actors.RabbitMq;

/// <summary>
/// One observation of a watched queue: either its <see cref="Metrics"/> (which say
/// <c>exists = false</c> for a queue the broker does not have), or <em>unknown</em> because the
/// management API could not be asked. Unknown is never "empty": nothing may scale down on it.
/// </summary>
/// <param name="Vhost">The queue's vhost.</param>
/// <param name="Queue">The queue name.</param>
/// <param name="SampledAt">When the poll was made.</param>
/// <param name="Metrics">The metrics, or null when unknown.</param>
/// <param name="UnknownReason">Why the metrics are unknown (no secrets), or null when known.</param>
internal sealed record QueueSample(string Vhost, string Queue, DateTimeOffset SampledAt, QueueMetrics? Metrics, string? UnknownReason)
{
    /// <summary>Whether the metrics are known.</summary>
    public bool IsKnown => Metrics is not null;

    /// <summary>A known sample.</summary>
    public static QueueSample Known(string vhost, string queue, QueueMetrics metrics) =>
        new(vhost, queue, metrics.SampledAt, metrics, null);

    /// <summary>An unknown sample, with the reason.</summary>
    public static QueueSample Unknown(string vhost, string queue, DateTimeOffset sampledAt, string reason) =>
        new(vhost, queue, sampledAt, null, reason);
}
