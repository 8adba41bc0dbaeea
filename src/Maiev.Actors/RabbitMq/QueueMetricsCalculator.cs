using Maiev.Actors.Metrics;

namespace Maiev.Actors.RabbitMq;

/// <summary>
/// Turns what the management API said about a queue into <see cref="QueueMetrics"/>, with maiev's
/// semantics (<c>MonitorerRabbitmq._compute_queue</c>, conformance area <c>rabbitmq_metrics</c>).
/// Pure: the same stats and clock give the same metrics.
/// </summary>
internal static class QueueMetricsCalculator
{
    /// <summary>
    /// Computes the metrics of a queue. <paramref name="stats"/> null means the API answered 404:
    /// the queue does not exist (<see cref="QueueMetrics.Missing"/>). A queue that exists but reported
    /// nothing yet has zero waiting, zero rates and an unknown <c>rate</c>, as in maiev.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item><c>waiting</c> = messages ready; <c>unacked</c> = messages unacknowledged (0 when not reported).</item>
    /// <item><c>call_rate</c> = publish rate, <c>exec_rate</c> = deliver rate (0 when not reported).</item>
    /// <item><c>rate</c> = deliver − publish, only when <c>message_stats</c> is present (else unknown).</item>
    /// <item><c>latency</c> = ready ÷ deliver rate in seconds; unknown when nothing is delivered.
    /// An empty queue that is being drained has latency 0.</item>
    /// <item><c>age</c> = <paramref name="now"/> − head message timestamp, never negative (clock skew); unknown without a timestamp.</item>
    /// </list>
    /// </remarks>
    public static QueueMetrics Compute(QueueStats? stats, DateTimeOffset now)
    {
        if (stats is null)
        {
            return QueueMetrics.Missing(now);
        }

        double waiting = stats.MessagesReady ?? 0;
        var publish = Finite(stats.PublishRate) ?? 0;
        var deliver = Finite(stats.DeliverRate) ?? 0;
        double? rate = stats.HasMessageStats ? deliver - publish : null;
        double? latency = deliver > 0 ? waiting / deliver : null;
        double? age = stats.HeadMessageTimestamp is { } head && double.IsFinite(head)
            ? Math.Max(0, (now.ToUnixTimeMilliseconds() / 1000.0) - head)
            : null;

        return new QueueMetrics(
            Exists: true,
            Waiting: waiting,
            Unacked: stats.MessagesUnacknowledged ?? 0,
            Latency: latency,
            Age: age,
            Rate: rate,
            CallRate: publish,
            ExecRate: deliver,
            Consumers: stats.Consumers ?? 0,
            Utilisation: Finite(stats.ConsumerUtilisation),
            SampledAt: now);
    }

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
