using System.Collections.Concurrent;
using Maiev.Actors.Hosting;
using Maiev.Actors.Metrics;
using Maiev.Actors.RabbitMq;
using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Actors.Tests.RabbitMq;

public sealed class RabbitMqStatsActorTests
{
    [Fact]
    public async Task One_request_per_vhost_per_interval_routes_each_sample_to_its_watchers()
    {
        // Arrange
        await using var kit = new ActorTestKit();
        var calls = new ConcurrentQueue<(string Vhost, string Queues, DateTimeOffset At)>();
        Task<IReadOnlyList<QueueSample>> Sample(string vhost, IReadOnlyCollection<string> queues, CancellationToken ct)
        {
            var now = kit.ManualClock.GetUtcNow();
            calls.Enqueue((vhost, string.Join(",", queues), now));
            return Task.FromResult<IReadOnlyList<QueueSample>>(
                [.. queues.Select(q => QueueSample.Known(vhost, q, new QueueMetrics(true, q.Length, 0, null, null, null, 0, 0, 1, null, now)))]);
        }

        var stats = kit.ActorOf(Props.Create(() => new RabbitMqStatsActor(Sample, new RabbitMqStatsSettings(TimeSpan.FromSeconds(5)), null)));
        var a = kit.CreateProbe();
        var b = kit.CreateProbe();
        stats.Tell(new WatchQueue(new QueueRef("/", "aa"), a));
        stats.Tell(new WatchQueue(new QueueRef("/", "bbb"), b));
        await b.ExpectMsgAsync<QueueSample>(); // the first request for bbb follows the one in flight for aa

        // Act
        kit.ManualClock.Advance(TimeSpan.FromSeconds(5));
        var tick = kit.ManualClock.GetUtcNow();
        var forA = await a.FishForMessageAsync<QueueSample>(s => s.SampledAt == tick);
        var forB = await b.FishForMessageAsync<QueueSample>(s => s.SampledAt == tick);

        // Assert
        Assert.Equal(("aa", 2.0), (forA.Queue, forA.Metrics!.Waiting));
        Assert.Equal(("bbb", 3.0), (forB.Queue, forB.Metrics!.Waiting));
        var call = Assert.Single(calls, c => c.At == tick);
        Assert.Equal(("/", "aa,bbb"), (call.Vhost, call.Queues));
    }

    [Fact]
    public async Task A_failed_request_gives_unknown_samples_and_an_unready_dependency()
    {
        // Arrange
        await using var kit = new ActorTestKit();
        DependencyState? health = null;
        static Task<IReadOnlyList<QueueSample>> Fail(string vhost, IReadOnlyCollection<string> queues, CancellationToken ct) =>
            Task.FromException<IReadOnlyList<QueueSample>>(new HttpRequestException("connection refused"));
        var stats = kit.ActorOf(Props.Create(() => new RabbitMqStatsActor(Fail, new RabbitMqStatsSettings(), s => health = s)));
        var watcher = kit.CreateProbe();

        // Act
        stats.Tell(new WatchQueue(new QueueRef("/", "orders"), watcher));
        var sample = await watcher.ExpectMsgAsync<QueueSample>();

        // Assert
        Assert.False(sample.IsKnown);
        Assert.Contains("connection refused", sample.UnknownReason, StringComparison.Ordinal);
        Assert.False(health!.Ready);
    }
}
