using Maiev.Actors.Metrics;
using Maiev.Actors.RabbitMq;

namespace Maiev.Actors.Tests.RabbitMq;

public sealed class QueueWatchTableTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    [Fact]
    public void Watch_groups_queues_by_vhost_so_each_vhost_is_polled_once()
    {
        var table = new QueueWatchTable<string>();

        table.Watch("probe-a", new QueueRef("/", "orders"));
        table.Watch("probe-b", new QueueRef("/", "orders"));
        table.Watch("probe-b", new QueueRef("/", "invoices"));
        table.Watch("probe-c", new QueueRef("prod", "orders"));

        Assert.Equal(["/", "prod"], table.Vhosts);
        Assert.Equal(["invoices", "orders"], table.QueuesOf("/"));
        Assert.Equal(3, table.QueueCount);
    }

    [Fact]
    public void Route_gives_each_sample_to_every_subscriber_of_its_queue_only()
    {
        var table = new QueueWatchTable<string>();
        table.Watch("a", new QueueRef("/", "orders"));
        table.Watch("b", new QueueRef("/", "orders"));
        table.Watch("c", new QueueRef("prod", "orders"));
        var samples = new[]
        {
            QueueSample.Known("/", "orders", QueueMetrics.Missing(Now)),
            QueueSample.Unknown("/", "unwatched", Now, "x"),
        };

        var routed = table.Route(samples).Select(r => (r.Subscriber, r.Sample.Queue)).Order().ToList();

        Assert.Equal([("a", "orders"), ("b", "orders")], routed);
    }

    [Fact]
    public void Unwatch_and_UnwatchAll_forget_queues_nobody_watches()
    {
        var table = new QueueWatchTable<string>();
        table.Watch("a", new QueueRef("/", "orders"));
        table.Watch("a", new QueueRef("prod", "jobs"));
        table.Watch("b", new QueueRef("/", "orders"));

        Assert.True(table.Unwatch("b", new QueueRef("/", "orders")));
        Assert.False(table.Unwatch("b", new QueueRef("/", "orders")));
        Assert.Equal(2, table.UnwatchAll("a"));

        Assert.Empty(table.Vhosts);
        Assert.Equal(0, table.QueueCount);
    }

    [Fact]
    public void Watch_twice_is_one_subscription()
    {
        var table = new QueueWatchTable<string>();

        Assert.True(table.Watch("a", new QueueRef("/", "q")));
        Assert.False(table.Watch("a", new QueueRef("/", "q")));
        Assert.Single(table.Route([QueueSample.Unknown("/", "q", Now, "down")]));
    }

    [Fact]
    public void Watch_refuses_an_empty_queue_name()
    {
        var table = new QueueWatchTable<string>();

        Assert.Throws<ArgumentException>(() => table.Watch("a", new QueueRef("/", "")));
    }
}
