using Maiev.Actors.RabbitMq;
using Maiev.TestKit.Actors;
using Maiev.TestKit.Net;
using Maiev.TestKit.Servers;
using RabbitMQ.Client;

namespace Maiev.Actors.Tests.RabbitMq;

/// <summary>
/// <c>/rabbitmq-stats</c> on a manual clock (the interval) against the real broker (the answers):
/// ticks are driven by the test, samples are awaited with deadlines.
/// </summary>
public sealed class RabbitMqStatsActorTests
{
    private static readonly RabbitMqStatsSettings Settings = new(TimeSpan.FromSeconds(5));

    [ServerFact(Server.RabbitMq)]
    public async Task One_poll_per_vhost_per_interval_serves_every_subscriber()
    {
        var (busy, idle, missing) = (Unique.Name("clients-stats"), Unique.Name("clients-stats"), Unique.Name("clients-stats-none"));
        await using var connection = await RabbitMqFixture.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(busy, durable: false, exclusive: false, autoDelete: false);
        await channel.QueueDeclareAsync(idle, durable: false, exclusive: false, autoDelete: false);
        for (var i = 0; i < 3; i++)
        {
            await channel.BasicPublishAsync(string.Empty, busy, "m"u8.ToArray());
        }

        var requests = new CountingHandler();
        using var client = RabbitMqFixture.Client(handler: requests);
        await using var kit = new ActorTestKit();
        var stats = await StartAsync(kit, client);
        var first = kit.CreateProbe();
        var second = kit.CreateProbe();
        try
        {
            stats.Tell(new WatchQueue(first, new QueueRef("/", busy)));
            stats.Tell(new WatchQueue(first, new QueueRef("/", missing)));
            stats.Tell(new WatchQueue(second, new QueueRef("/", busy)));
            stats.Tell(new WatchQueue(second, new QueueRef("/", idle)));
            Assert.Equal(0, requests.Requests); // no tick yet: nothing polled

            var (a, b) = await TickUntilAsync(kit, first, second,
                (x, y) => x.Any(s => s.Queue == busy && s.Metrics?.Waiting == 3) && y.Any(s => s.Queue == busy && s.Metrics?.Waiting == 3));
            var ticks = (int)((kit.ManualClock.GetUtcNow() - new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) / Settings.Interval);

            Assert.Equal(ticks, requests.Requests); // one request per vhost per tick, whatever the subscribers
            Assert.Contains(a, s => s.Queue == missing && s.Metrics is { Exists: false });
            Assert.Contains(b, s => s.Queue == idle && s.Metrics is { Exists: true, Waiting: 0 });
            Assert.DoesNotContain(a, s => s.Queue == idle);
            Assert.DoesNotContain(b, s => s.Queue == missing);
        }
        finally
        {
            await channel.QueueDeleteAsync(busy, false, false);
            await channel.QueueDeleteAsync(idle, false, false);
        }
    }

    [ServerFact(Server.RabbitMq)]
    public async Task An_unreachable_api_publishes_unknown_samples_then_known_again()
    {
        var queue = Unique.Name("clients-stats-cut");
        await using var connection = await RabbitMqFixture.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false);
        await using var proxy = new TcpProxy(TestServers.RabbitMqApi);
        using var client = RabbitMqFixture.Client(through: proxy.Through(TestServers.RabbitMqApi));
        await using var kit = new ActorTestKit();
        var stats = await StartAsync(kit, client);
        var probe = kit.CreateProbe();
        try
        {
            stats.Tell(new WatchQueue(probe, new QueueRef("/", queue)));
            var before = await TickAsync(kit, probe);
            proxy.Cut();
            var during = await TickAsync(kit, probe);
            proxy.Restore();
            var after = await TickAsync(kit, probe);

            Assert.True(before.Metrics?.Exists, $"before the cut: {before}");
            Assert.False(during.IsKnown, $"while cut the sample must be unknown, got {during}");
            Assert.Null(during.Metrics);
            Assert.True(after.Metrics?.Exists, $"after the restore: {after}");
        }
        finally
        {
            await channel.QueueDeleteAsync(queue, false, false);
        }
    }

    [ServerFact(Server.RabbitMq)]
    public async Task A_new_subscriber_gets_the_last_sample_at_once_and_an_unwatched_one_gets_nothing()
    {
        var queue = Unique.Name("clients-stats-late");
        await using var connection = await RabbitMqFixture.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false);
        using var client = RabbitMqFixture.Client();
        await using var kit = new ActorTestKit();
        var stats = await StartAsync(kit, client);
        var early = kit.CreateProbe();
        var late = kit.CreateProbe();
        try
        {
            stats.Tell(new WatchQueue(early, new QueueRef("/", queue)));
            var polled = await TickAsync(kit, early);

            stats.Tell(new WatchQueue(late, new QueueRef("/", queue)));
            var atOnce = await late.ExpectMsgAsync<QueueSample>();
            stats.Tell(new UnwatchQueue(early, new QueueRef("/", queue)));
            var next = await TickAsync(kit, late);

            Assert.Equal(polled, atOnce);
            Assert.True(next.SampledAt > polled.SampledAt, $"a new poll after the tick: {next.SampledAt} vs {polled.SampledAt}");
            await early.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(300));
        }
        finally
        {
            await channel.QueueDeleteAsync(queue, false, false);
        }
    }

    // The poll timer is armed in PreStart: wait for it, so an Advance cannot pass before it exists.
    // Messages told before an Advance are handled before the tick it causes (mailbox order).
    private static async Task<Maiev.Runtime.Actors.IActorRef> StartAsync(ActorTestKit kit, RabbitMqManagementClient client)
    {
        var stats = kit.ActorOf(RabbitMqStatsActor.Props(client, Settings, kit.ManualClock), "rabbitmq-stats");
        await Poll.UntilAsync(() => Task.FromResult(kit.ManualClock.ActiveTimerCount), n => n > 0, "the poll timer to be armed", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(10));
        return stats;
    }

    private static async Task<QueueSample> TickAsync(ActorTestKit kit, TestProbe probe)
    {
        kit.ManualClock.Advance(Settings.Interval);
        return await probe.ExpectMsgAsync<QueueSample>(TimeSpan.FromSeconds(30));
    }

    // Ticks until both probes saw what the test waits for (statistics reach the API within a few seconds).
    private static async Task<(List<QueueSample> First, List<QueueSample> Second)> TickUntilAsync(
        ActorTestKit kit, TestProbe first, TestProbe second, Func<List<QueueSample>, List<QueueSample>, bool> done)
    {
        var deadline = DateTime.UtcNow + Poll.Patience;
        while (true)
        {
            kit.ManualClock.Advance(Settings.Interval);
            var a = (await first.ReceiveNAsync(2, TimeSpan.FromSeconds(30))).Cast<QueueSample>().ToList();
            var b = (await second.ReceiveNAsync(2, TimeSpan.FromSeconds(30))).Cast<QueueSample>().ToList();
            if (done(a, b))
            {
                return (a, b);
            }

            Assert.True(DateTime.UtcNow < deadline, $"waited {Poll.Patience.TotalSeconds:0} s; last samples: {string.Join("; ", a.Concat(b))}");
            await Task.Delay(250);
        }
    }
}
