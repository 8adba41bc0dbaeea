using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Maiev.Samples.Workload;

/// <summary>
/// Publishes <see cref="WorkloadSettings.Count"/> non-persistent messages with an AMQP timestamp
/// (so the queue's <c>head_message_timestamp</c> is reported), paced at
/// <see cref="WorkloadSettings.Rate"/> when it is above 0, and waits for broker confirms.
/// </summary>
internal sealed class Producer(WorkloadSettings settings, TimeProvider time, ILogger logger)
{
    private const int ConfirmWindow = 128;

    /// <summary>Publishes and returns how many messages the broker confirmed; stops early on <paramref name="ct"/>.</summary>
    public async Task<int> RunAsync(IConnection connection, CancellationToken ct)
    {
        var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        await using var channel = await connection.CreateChannelAsync(options, ct);
        await BrokerConnection.DeclareQueueAsync(channel, settings.Queue, ct);

        var start = time.GetTimestamp();
        var pending = new List<Task>(ConfirmWindow);
        var confirmed = 0;
        for (var i = 0; i < settings.Count && !ct.IsCancellationRequested; i++)
        {
            if (settings.Rate > 0)
            {
                var due = TimeSpan.FromSeconds(i / settings.Rate) - time.GetElapsedTime(start);
                if (due > TimeSpan.Zero)
                {
                    await Task.WhenAll(pending);
                    confirmed += pending.Count;
                    pending.Clear();
                    await Task.Delay(due, time, ct);
                }
            }

            var properties = new BasicProperties
            {
                Timestamp = new AmqpTimestamp(time.GetUtcNow().ToUnixTimeSeconds()),
                MessageId = (i + 1).ToString(CultureInfo.InvariantCulture),
                ContentType = "text/plain",
            };
            var body = Encoding.UTF8.GetBytes($"workload {settings.Version} message {i + 1} of {settings.Count}");
            pending.Add(channel.BasicPublishAsync(string.Empty, settings.Queue, mandatory: false, properties, body, ct).AsTask());
            if (pending.Count == ConfirmWindow)
            {
                await Task.WhenAll(pending);
                confirmed += pending.Count;
                pending.Clear();
                Log.Published(logger, confirmed, settings.Count, settings.Queue);
            }
        }

        await Task.WhenAll(pending);
        confirmed += pending.Count;
        Log.Published(logger, confirmed, settings.Count, settings.Queue);
        await channel.CloseAsync(CancellationToken.None);
        return confirmed;
    }
}
