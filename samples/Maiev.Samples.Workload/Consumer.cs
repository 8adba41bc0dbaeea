using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Maiev.Samples.Workload;

/// <summary>
/// Consumes <see cref="WorkloadSettings.Queue"/> at <see cref="WorkloadSettings.Rate"/> messages
/// per second: a small prefetch, one message at a time, each acknowledged after its "work" (a
/// delay on the <see cref="TimeProvider"/>). Stops on cancellation (SIGTERM) or after
/// <see cref="WorkloadSettings.Count"/> messages: it cancels the consumer, hands back the message
/// in hand unacknowledged, and closes the channel cleanly.
/// </summary>
internal sealed class Consumer(WorkloadSettings settings, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);
    private readonly WorkPacer _pacer = new(settings.Rate, time);
    private long _handled;

    /// <summary>Messages acknowledged so far.</summary>
    public long Handled => Interlocked.Read(ref _handled);

    /// <summary>Runs until <paramref name="stop"/> or the count is reached; returns the messages handled.</summary>
    public async Task<long> RunAsync(IConnection connection, CancellationToken stop)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: stop);
        await BrokerConnection.DeclareQueueAsync(channel, settings.Queue, stop);
        await channel.BasicQosAsync(0, settings.Prefetch, global: false, stop);

        using var working = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var finished = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            try
            {
                await _pacer.WorkAsync(working.Token);
            }
            catch (OperationCanceledException)
            {
                // Shutting down mid-message: hand it back so another replica handles it.
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
                return;
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None);
            var handled = Interlocked.Increment(ref _handled);
            if (handled % ProgressEvery == 0)
            {
                Log.Progress(logger, handled);
            }

            if (settings.Count > 0 && handled >= settings.Count)
            {
                finished.TrySetResult($"handled the {settings.Count} messages asked for");
            }
        };
        consumer.ShutdownAsync += (_, args) =>
        {
            if (!working.IsCancellationRequested && args.Initiator != ShutdownInitiator.Application)
            {
                Log.BrokerClosed(logger, args.ReplyText);
            }

            return Task.CompletedTask;
        };

        var tag = await channel.BasicConsumeAsync(settings.Queue, autoAck: false, consumer, stop);
        Log.Consuming(logger, settings.Queue, settings.Rate, settings.Prefetch);

        string reason;
        using (stop.Register(() => finished.TrySetResult("signal")))
        {
            reason = await finished.Task;
        }

        Log.Stopping(logger, reason, Handled);
        await working.CancelAsync();
        using var closing = new CancellationTokenSource(CloseTimeout, time);
        await channel.BasicCancelAsync(tag, noWait: false, closing.Token);
        await channel.CloseAsync(closing.Token);
        return Handled;
    }

    private long ProgressEvery => Math.Max(1, (long)Math.Ceiling(settings.Rate * 10));
}
