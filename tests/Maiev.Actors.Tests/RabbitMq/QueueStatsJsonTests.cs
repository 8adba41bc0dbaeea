using System.Text.Json;
using Maiev.Actors.RabbitMq;

namespace Maiev.Actors.Tests.RabbitMq;

public sealed class QueueStatsJsonTests
{
    private static QueueStats Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return QueueStatsJson.Read(doc.RootElement, "fallback");
    }

    [Fact]
    public void Read_takes_counters_rates_and_timestamp()
    {
        var stats = Read("""
            {"name":"orders","vhost":"/","messages_ready":376,"messages_unacknowledged":5,"consumers":1,
             "consumer_utilisation":0.5,"head_message_timestamp":1700000000,
             "message_stats":{"publish_details":{"rate":2.5},"deliver_get_details":{"rate":10.0},"deliver_details":{"rate":9.0},"ack_details":{"rate":8.0}}}
            """);

        Assert.Equal(new QueueStats("orders", "/", 376, 5, 1, 0.5, 1_700_000_000, true, 2.5, 10.0, 8.0), stats);
    }

    [Fact]
    public void Read_falls_back_to_deliver_rate_when_deliver_get_is_absent()
    {
        var stats = Read("""{"message_stats":{"deliver_details":{"rate":9.0}}}""");

        Assert.Equal(9.0, stats.DeliverRate);
        Assert.Null(stats.PublishRate);
        Assert.True(stats.HasMessageStats);
    }

    [Fact]
    public void Read_treats_missing_null_and_wrongly_typed_fields_as_not_reported()
    {
        var stats = Read("""{"messages_ready":null,"consumers":"many","head_message_timestamp":null,"message_stats":[]}""");

        Assert.Equal(new QueueStats("fallback"), stats);
    }

    [Maiev.TestKit.SharedDataFact("fixtures/rabbitmq-queue-sample.json")]
    public void Read_of_the_captured_fixture_gives_its_figures()
    {
        var fixture = Maiev.TestKit.SharedData.Require("fixtures/rabbitmq-queue-sample.json");

        var stats = Read(File.ReadAllText(fixture));

        Assert.Equal(("orders", 376L, 5L, 1), (stats.Name, stats.MessagesReady!.Value, stats.MessagesUnacknowledged!.Value, stats.Consumers!.Value));
        Assert.Equal((0.0, 10.0), (stats.PublishRate!.Value, stats.DeliverRate!.Value));
        Assert.Null(stats.HeadMessageTimestamp);
        Assert.Equal(37.6, QueueMetricsCalculator.Compute(stats, DateTimeOffset.UnixEpoch).Latency!.Value, 9);
    }

    [Fact]
    public void Read_refuses_something_that_is_not_an_object()
    {
        var error = Assert.Throws<FormatException>(() => Read("[1,2]"));

        Assert.Contains("Array", error.Message, StringComparison.Ordinal);
    }
}
