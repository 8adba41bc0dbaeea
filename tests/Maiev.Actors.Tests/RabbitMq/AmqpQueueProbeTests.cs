using Maiev.Actors.RabbitMq;
using Maiev.TestKit.Net;
using Maiev.TestKit.Servers;
using RabbitMQ.Client;

namespace Maiev.Actors.Tests.RabbitMq;

/// <summary>The AMQP fallback probe against the real broker.</summary>
public sealed class AmqpQueueProbeTests
{
    [ServerFact(Server.RabbitMq)]
    public async Task A_passive_declare_gives_ready_count_and_consumers_and_a_missing_queue_is_exists_false()
    {
        var queue = Unique.Name("clients-amqp");
        await using var connection = await RabbitMqFixture.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false);
        for (var i = 0; i < 7; i++)
        {
            await channel.BasicPublishAsync(string.Empty, queue, "m"u8.ToArray());
        }

        await using var probe = new AmqpQueueProbe(TestServers.RabbitMqAmqp);
        try
        {
            var sample = await Poll.UntilAsync(() => probe.SampleAsync(queue, CancellationToken.None), s => s.Metrics?.Waiting == 7,
                $"the passive declare of {queue} to count 7 messages");
            var missing = await probe.SampleAsync(Unique.Name("clients-amqp-none"), CancellationToken.None);

            Assert.Equal(0, sample.Metrics!.Consumers);
            Assert.Null(sample.Metrics.Rate);     // AMQP gives no rates: unknown, not zero
            Assert.Null(sample.Metrics.Latency);
            Assert.True(missing.IsKnown, $"a missing queue is known to be missing: {missing}");
            Assert.False(missing.Metrics!.Exists);
        }
        finally
        {
            await channel.QueueDeleteAsync(queue);
        }
    }

    [ServerFact(Server.RabbitMq)]
    public async Task A_lost_connection_is_unknown_and_recovers_by_itself()
    {
        var queue = Unique.Name("clients-amqp-cut");
        await using var connection = await RabbitMqFixture.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false);
        await using var proxy = new TcpProxy(TestServers.RabbitMqAmqp);
        await using var probe = new AmqpQueueProbe(proxy.Through(TestServers.RabbitMqAmqp), recoveryInterval: TimeSpan.FromMilliseconds(500));
        try
        {
            var before = await probe.SampleAsync(queue, CancellationToken.None);
            proxy.Cut();
            var during = await Poll.UntilAsync(() => probe.SampleAsync(queue, CancellationToken.None), s => !s.IsKnown,
                "the probe to notice the cut connection");
            proxy.Restore();
            var after = await Poll.UntilAsync(() => probe.SampleAsync(queue, CancellationToken.None), s => s.IsKnown,
                "the connection to recover by itself", every: TimeSpan.FromMilliseconds(500));

            Assert.True(before.Metrics?.Exists, $"before the cut: {before}");
            Assert.Null(during.Metrics);
            Assert.DoesNotContain(TestServers.RabbitMqPassword + "@", during.UnknownReason!, StringComparison.Ordinal);
            Assert.True(after.Metrics!.Exists);
        }
        finally
        {
            await channel.QueueDeleteAsync(queue);
        }
    }
}
