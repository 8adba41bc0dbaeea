using Microsoft.Extensions.Logging;

namespace Maiev.Samples.Workload;

/// <summary>The workload's log lines, with stable event ids.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "workload {Version} starting: {Mode} on queue {Queue} at {Amqp} (rate {Rate}/s, count {Count})")]
    public static partial void Starting(ILogger logger, string version, WorkloadMode mode, string queue, string amqp, double rate, int count);

    [LoggerMessage(2, LogLevel.Warning, "cannot reach the broker at {Amqp} yet ({Reason}); retrying in {Delay}")]
    public static partial void ConnectRetry(ILogger logger, string amqp, string reason, TimeSpan delay);

    [LoggerMessage(3, LogLevel.Information, "published {Published} of {Count} messages to {Queue}")]
    public static partial void Published(ILogger logger, int published, int count, string queue);

    [LoggerMessage(4, LogLevel.Information, "consuming {Queue} at {Rate} messages/s with prefetch {Prefetch}")]
    public static partial void Consuming(ILogger logger, string queue, double rate, ushort prefetch);

    [LoggerMessage(5, LogLevel.Information, "handled {Handled} messages so far")]
    public static partial void Progress(ILogger logger, long handled);

    [LoggerMessage(6, LogLevel.Information, "stopping ({Reason}) after {Handled} messages; closing the channel")]
    public static partial void Stopping(ILogger logger, string reason, long handled);

    [LoggerMessage(7, LogLevel.Error, "the broker closed the connection: {Reason}")]
    public static partial void BrokerClosed(ILogger logger, string reason);

    [LoggerMessage(8, LogLevel.Information, "stopping on {Signal}")]
    public static partial void Interrupted(ILogger logger, string signal);
}
