using Maiev.Actors.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Maiev.Actors.RabbitMq;

/// <summary>
/// The fallback when the management API is disabled: a passive queue declare over AMQP gives the
/// ready count and the consumers (no rates: <c>rate</c> and <c>latency</c> stay unknown, call and
/// exec rates read 0, as maiev read a queue without <c>message_stats</c>). The connection recovers by
/// itself (RabbitMQ.Client automatic recovery); while it is down, samples are <em>unknown</em>.
/// </summary>
internal sealed partial class AmqpQueueProbe : IAsyncDisposable
{
    private const int NotFound = 404; // AMQP reply code of a passive declare of a missing queue

    private readonly ConnectionFactory _factory;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;

    /// <summary>Creates a probe for the broker at <paramref name="amqpUri"/>; it connects on first use.</summary>
    public AmqpQueueProbe(Uri amqpUri, TimeProvider? time = null, ILogger<AmqpQueueProbe>? logger = null, TimeSpan? recoveryInterval = null)
    {
        ArgumentNullException.ThrowIfNull(amqpUri);
        _factory = new ConnectionFactory
        {
            Uri = amqpUri,
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = false,
            NetworkRecoveryInterval = recoveryInterval ?? TimeSpan.FromSeconds(5),
            ClientProvidedName = "maiev-queue-probe",
        };
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Samples one queue of the connection's vhost. Never throws for broker trouble: a missing queue is
    /// <c>exists = false</c>; an unreachable broker is unknown with the reason (host and port, no credentials).
    /// </summary>
    public async Task<QueueSample> SampleAsync(string queue, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(queue);
        var vhost = _factory.VirtualHost;
        try
        {
            var connection = await ConnectionAsync(cancellationToken).ConfigureAwait(false);
            var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await using (channel.ConfigureAwait(false))
            {
                var ok = await channel.QueueDeclarePassiveAsync(queue, cancellationToken).ConfigureAwait(false);
                var now = _time.GetUtcNow();
                var stats = new QueueStats(queue, vhost, MessagesReady: ok.MessageCount, Consumers: (int)Math.Min(ok.ConsumerCount, int.MaxValue));
                return QueueSample.Known(vhost, queue, QueueMetricsCalculator.Compute(stats, now));
            }
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == NotFound)
        {
            return QueueSample.Known(vhost, queue, QueueMetrics.Missing(_time.GetUtcNow()));
        }
        catch (Exception e) when (e is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException or IOException or TimeoutException)
        {
            var reason = $"AMQP broker {_factory.HostName}:{_factory.Port} unavailable: {e.GetType().Name}";
            LogUnavailable(_logger, queue, reason);
            return QueueSample.Unknown(vhost, queue, _time.GetUtcNow(), reason);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }

    private async Task<IConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } open)
        {
            return open;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Once made, the connection recovers by itself; only the first connect is ours to retry.
            return _connection ??= await _factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "AMQP probe of queue {Queue}: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string queue, string reason);
}
