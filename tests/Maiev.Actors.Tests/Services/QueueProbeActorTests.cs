using Maiev.Actors.Metrics;
using Maiev.Actors.RabbitMq;
using Maiev.Actors.Services;
using Maiev.Actors.Specs;
using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Actors.Tests.Services;

public sealed class QueueProbeActorTests
{
    private static readonly ResourceSpec Resource = new("rmq", "monitorer_rabbitmq", "orders", "/");

    [Fact]
    public async Task Samples_become_readings_and_silence_becomes_unknown_never_empty()
    {
        // Arrange
        await using var kit = new ActorTestKit();
        var stats = kit.CreateProbe();
        var parent = kit.CreateProbe();
        kit.ActorOf(Props.Create(() => new ChildHost(QueueProbeActor.Props(Resource, stats, kit.ManualClock, TimeSpan.FromSeconds(30)), parent)));
        var watch = await stats.ExpectMsgAsync<WatchQueue>();
        var probe = watch.Subscriber;
        var now = kit.ManualClock.GetUtcNow();

        // Act
        probe.Tell(QueueSample.Known("/", "orders", new QueueMetrics(true, 7, 0, null, null, null, 0, 0, 1, null, now)));
        var up = await parent.ExpectMsgAsync<ProbeReading>();
        probe.Tell(QueueSample.Unknown("/", "orders", now, "connection refused"));
        var unavailable = await parent.ExpectMsgAsync<ProbeReading>();
        kit.ManualClock.Advance(TimeSpan.FromSeconds(30));
        var unknown = await parent.ExpectMsgAsync<ProbeReading>();

        // Assert
        Assert.Equal(new QueueRef("/", "orders"), watch.Queue);
        Assert.Equal((ProbeState.Up, 7.0), (up.State, up.Metrics!.Waiting));
        Assert.Equal((ProbeState.Unavailable, "connection refused"), (unavailable.State, unavailable.Error));
        Assert.Null(unavailable.Metrics);
        Assert.Equal(ProbeState.Unknown, unknown.State);
        Assert.Null(unknown.Metrics);
    }

    [Fact]
    public async Task An_unsupported_monitorer_reads_unavailable_with_a_message()
    {
        // Arrange
        await using var kit = new ActorTestKit();
        var stats = kit.CreateProbe();
        var parent = kit.CreateProbe();

        // Act
        kit.ActorOf(Props.Create(() => new ChildHost(QueueProbeActor.Props(Resource with { Monitorer = "monitorer_sqs" }, stats, kit.ManualClock, TimeSpan.FromSeconds(30)), parent)));
        var reading = await parent.ExpectMsgAsync<ProbeReading>();

        // Assert
        Assert.Equal(ProbeState.Unavailable, reading.State);
        Assert.Contains("monitorer_sqs", reading.Error, StringComparison.Ordinal);
    }
}
