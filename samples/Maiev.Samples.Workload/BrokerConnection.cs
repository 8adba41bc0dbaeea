using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Maiev.Samples.Workload;

/// <summary>Opens the AMQP connection and declares the queue the way both modes expect it.</summary>
internal static class BrokerConnection
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Connects to <see cref="WorkloadSettings.Amqp"/>, retrying every 2 s while the broker is
    /// unreachable (a Swarm task may start before RabbitMQ) until <paramref name="ct"/> is cancelled.
    /// Bad credentials are not retried.
    /// </summary>
    public static async Task<IConnection> OpenAsync(
        WorkloadSettings settings, TimeProvider time, ILogger logger, CancellationToken ct)
    {
        var factory = new ConnectionFactory
        {
            Uri = settings.Amqp,
            ClientProvidedName = $"maiev-workload {settings.Mode.ToString().ToLowerInvariant()} {settings.Version}",
            AutomaticRecoveryEnabled = true,
        };

        while (true)
        {
            try
            {
                return await factory.CreateConnectionAsync(ct);
            }
            catch (BrokerUnreachableException e) when (e.InnerException is not AuthenticationFailureException)
            {
                Log.ConnectRetry(logger, settings.RedactedAmqp, e.InnerException?.Message ?? e.Message, RetryDelay);
                await Task.Delay(RetryDelay, time, ct);
            }
        }
    }

    /// <summary>Declares <paramref name="queue"/> (non-durable, not exclusive, not auto-deleted); idempotent.</summary>
    public static Task DeclareQueueAsync(IChannel channel, string queue, CancellationToken ct) =>
        channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false, arguments: null, cancellationToken: ct);
}
