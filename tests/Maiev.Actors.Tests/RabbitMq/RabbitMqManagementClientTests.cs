using Maiev.Actors.RabbitMq;
using Maiev.TestKit.Net;
using Maiev.TestKit.Servers;
using RabbitMQ.Client;

namespace Maiev.Actors.Tests.RabbitMq;

/// <summary>The management client against the real broker (1-second statistics).</summary>
public sealed class RabbitMqManagementClientTests
{
    [ServerFact(Server.RabbitMq)]
    public async Task Published_messages_become_visible_as_waiting()
    {
        var queue = Unique.Name("clients-count");
        await using var connection = await RabbitMqFixture.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: true);
        using var client = RabbitMqFixture.Client();

        for (var i = 0; i < 25; i++)
        {
            await channel.BasicPublishAsync(string.Empty, queue, "m"u8.ToArray());
        }

        var sample = await Poll.UntilAsync(
            () => client.SampleAsync("/", [queue], CancellationToken.None),
            s => s[0].Metrics?.Waiting == 25,
            $"{queue} to report 25 waiting messages");
        Assert.True(sample[0].Metrics!.Exists);
        Assert.Equal(0, sample[0].Metrics!.Consumers);
        Assert.Null(sample[0].Metrics!.Latency); // nothing delivered: latency is unknown, not zero
        await channel.QueueDeleteAsync(queue);
    }

    [ServerFact(Server.RabbitMq)]
    public async Task A_queue_with_a_fast_publisher_and_a_slow_consumer_reports_a_backlog_growing_with_latency_and_age()
    {
        var queue = Unique.Name("clients-traffic");
        await using var connection = await RabbitMqFixture.ConnectAsync();
        await using var publisher = await connection.CreateChannelAsync();
        await using var consuming = await connection.CreateChannelAsync();
        await publisher.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false);
        await consuming.BasicQosAsync(0, 1, false);
        var consumer = new RabbitMQ.Client.Events.AsyncEventingBasicConsumer(consuming);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await Task.Delay(100); // a slow consumer: at most ~10 msg/s
            await consuming.BasicAckAsync(delivery.DeliveryTag, false);
        };
        await consuming.BasicConsumeAsync(queue, autoAck: false, consumer);
        using var stop = new CancellationTokenSource();
        var publishing = PublishAsync(publisher, queue, stop.Token); // ~10 messages per 100 ms, with AMQP timestamps
        using var client = RabbitMqFixture.Client();

        try
        {
            var sample = await Poll.UntilAsync(
                () => client.SampleAsync("/", [queue], CancellationToken.None),
                s => s[0].Metrics is { Consumers: 1, CallRate: > 0, ExecRate: > 0, Rate: < 0, Latency: > 0, Age: not null, Waiting: > 0 },
                $"{queue} to show publish and deliver rates, a growing backlog, latency and age");

            var m = sample[0].Metrics!;
            Assert.Equal(m.ExecRate - m.CallRate, m.Rate);               // rate = deliver − publish, from one sample
            Assert.Equal(m.Waiting / m.ExecRate, m.Latency!.Value, 9);   // latency = ready ÷ deliver rate
            Assert.True(m.Unacked <= 1, $"prefetch 1 allows at most 1 unacked message, saw {m.Unacked}");
        }
        finally
        {
            await stop.CancelAsync();
            await publishing;
            await publisher.QueueDeleteAsync(queue);
        }
    }

    [ServerFact(Server.RabbitMq)]
    public async Task A_queue_that_does_not_exist_is_exists_false_and_not_an_error()
    {
        using var client = RabbitMqFixture.Client();
        var queue = Unique.Name("clients-none");

        var single = await client.GetQueueAsync("/", queue, CancellationToken.None);
        var sample = await client.SampleAsync("/", [queue], CancellationToken.None);

        Assert.Null(single);
        Assert.True(sample[0].IsKnown, $"a missing queue is known to be missing, got unknown: {sample[0].UnknownReason}");
        Assert.False(sample[0].Metrics!.Exists);
    }

    [ServerFact(Server.RabbitMq)]
    public async Task Refused_credentials_are_unauthorized_and_unknown_without_the_password_anywhere()
    {
        const string password = "wrong-s3cret-password";
        using var client = RabbitMqFixture.Client(password: password);

        var error = await Assert.ThrowsAsync<RabbitMqApiException>(() => client.GetQueueAsync("/", "any", CancellationToken.None));
        var sample = await client.SampleAsync("/", ["any"], CancellationToken.None);

        Assert.Equal(RabbitMqApiErrorKind.Unauthorized, error.Kind);
        Assert.False(error.IsTransient);
        Assert.DoesNotContain(password, error.ToString(), StringComparison.Ordinal);
        Assert.False(sample[0].IsKnown);
        Assert.DoesNotContain(password, sample[0].UnknownReason!, StringComparison.Ordinal);
    }

    [ServerFact(Server.RabbitMq)]
    public async Task An_api_that_goes_away_is_unknown_never_empty_and_comes_back()
    {
        var queue = Unique.Name("clients-cut");
        await using var connection = await RabbitMqFixture.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: true);
        await using var proxy = new TcpProxy(TestServers.RabbitMqApi);
        using var client = RabbitMqFixture.Client(through: proxy.Through(TestServers.RabbitMqApi));

        var before = await client.SampleAsync("/", [queue], CancellationToken.None);
        proxy.Cut();
        var during = await client.SampleAsync("/", [queue], CancellationToken.None);
        var error = await Assert.ThrowsAsync<RabbitMqApiException>(() => client.GetQueueAsync("/", queue, CancellationToken.None));
        proxy.Restore();
        var after = await Poll.UntilAsync(
            () => client.SampleAsync("/", [queue], CancellationToken.None),
            s => s[0].IsKnown,
            "the API to be reachable again through the restored proxy");

        Assert.True(before[0].Metrics?.Exists, $"before the cut: {before[0]}");
        Assert.False(during[0].IsKnown, $"with the API cut the sample must be unknown, got {during[0]}");
        Assert.Null(during[0].Metrics);
        Assert.Equal(RabbitMqApiErrorKind.Unavailable, error.Kind);
        Assert.True(error.IsTransient);
        Assert.True(after[0].Metrics!.Exists);
    }

    [ServerFact(Server.RabbitMq)]
    public async Task Overview_names_the_broker_versions()
    {
        using var client = RabbitMqFixture.Client();

        var overview = await client.GetOverviewAsync(CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(overview.RabbitMqVersion), $"overview: {overview}");
        Assert.False(string.IsNullOrEmpty(overview.ManagementVersion), $"overview: {overview}");
    }

    private static async Task PublishAsync(IChannel channel, string queue, CancellationToken stop)
    {
        for (var sent = 0; sent < 6_000 && !stop.IsCancellationRequested; sent += 10)
        {
            var properties = new BasicProperties { Timestamp = new AmqpTimestamp(DateTimeOffset.UtcNow.ToUnixTimeSeconds()) };
            for (var i = 0; i < 10; i++)
            {
                await channel.BasicPublishAsync(string.Empty, queue, mandatory: false, properties, "m"u8.ToArray(), CancellationToken.None);
            }

            try
            {
                await Task.Delay(100, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
