using Maiev.Actors.Metrics;
using Maiev.Actors.RabbitMq;

namespace Maiev.Actors.Tests.RabbitMq;

public sealed class QueueMetricsCalculatorTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    [Fact]
    public void Compute_of_no_stats_is_a_missing_queue()
    {
        var metrics = QueueMetricsCalculator.Compute(null, Now);

        Assert.Equal(QueueMetrics.Missing(Now), metrics);
        Assert.False(metrics.Exists);
    }

    [Fact]
    public void Compute_of_a_new_queue_without_counters_exists_with_zeros_and_unknown_rate()
    {
        var metrics = QueueMetricsCalculator.Compute(new QueueStats("fresh"), Now);

        Assert.True(metrics.Exists);
        Assert.Equal(0, metrics.Waiting);
        Assert.Equal(0, metrics.Unacked);
        Assert.Equal(0, metrics.Consumers);
        Assert.Equal(0, metrics.CallRate);
        Assert.Equal(0, metrics.ExecRate);
        Assert.Null(metrics.Rate);
        Assert.Null(metrics.Latency);
        Assert.Null(metrics.Age);
        Assert.Null(metrics.Utilisation);
    }

    [Fact]
    public void Compute_latency_is_ready_divided_by_deliver_rate()
    {
        var stats = new QueueStats("q", MessagesReady: 376, HasMessageStats: true, PublishRate: 4, DeliverRate: 10);

        var metrics = QueueMetricsCalculator.Compute(stats, Now);

        Assert.Equal(37.6, metrics.Latency!.Value, 9);
        Assert.Equal(6, metrics.Rate);
        Assert.Equal(4, metrics.CallRate);
        Assert.Equal(10, metrics.ExecRate);
    }

    [Fact]
    public void Compute_latency_is_unknown_when_nothing_is_delivered_even_with_a_backlog()
    {
        var stats = new QueueStats("q", MessagesReady: 500, HasMessageStats: true, PublishRate: 50, DeliverRate: 0);

        var metrics = QueueMetricsCalculator.Compute(stats, Now);

        Assert.Null(metrics.Latency);
        Assert.Equal(-50, metrics.Rate);
    }

    [Fact]
    public void Compute_latency_of_an_empty_queue_being_drained_is_zero()
    {
        var stats = new QueueStats("q", MessagesReady: 0, HasMessageStats: true, DeliverRate: 3);

        Assert.Equal(0, QueueMetricsCalculator.Compute(stats, Now).Latency);
    }

    [Fact]
    public void Compute_age_is_now_minus_head_timestamp_and_never_negative()
    {
        var old = QueueMetricsCalculator.Compute(new QueueStats("q", HeadMessageTimestamp: Now.ToUnixTimeSeconds() - 42), Now);
        var future = QueueMetricsCalculator.Compute(new QueueStats("q", HeadMessageTimestamp: Now.ToUnixTimeSeconds() + 5), Now);

        Assert.Equal(42, old.Age);
        Assert.Equal(0, future.Age);
    }

    [Fact]
    public void Compute_keeps_huge_counters_and_utilisation()
    {
        var stats = new QueueStats("q", MessagesReady: long.MaxValue, MessagesUnacknowledged: 9_000_000_000, Consumers: 12,
            ConsumerUtilisation: 0.25, HasMessageStats: true, PublishRate: 1e9, DeliverRate: 1e9);

        var metrics = QueueMetricsCalculator.Compute(stats, Now);

        Assert.Equal(long.MaxValue, metrics.Waiting);
        Assert.Equal(9_000_000_000, metrics.Unacked);
        Assert.Equal(12, metrics.Consumers);
        Assert.Equal(0.25, metrics.Utilisation);
        Assert.Equal(0, metrics.Rate);
        Assert.Equal(long.MaxValue / 1e9, metrics.Latency!.Value, 3);
    }

    [Fact]
    public void Compute_stamps_the_sample_time()
    {
        Assert.Equal(Now, QueueMetricsCalculator.Compute(new QueueStats("q"), Now).SampledAt);
    }
}
