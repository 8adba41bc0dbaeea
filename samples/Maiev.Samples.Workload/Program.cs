// The workload: `produce` publishes a burst of timestamped messages; `consume` handles a fixed
// number of messages per second per replica and exits 0 on SIGTERM. See docs/workload.md.
using Maiev.Samples.Workload;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

using var signal = new ShutdownSignal();
WorkloadSettings settings;
try
{
    settings = WorkloadSettings.Parse(args, Environment.GetEnvironmentVariable);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync($"workload: {e.Message}");
    await Console.Error.WriteLineAsync(WorkloadSettings.Usage);
    return 2;
}

using var loggers = LoggerFactory.Create(builder => builder.AddSimpleConsole(options =>
{
    options.SingleLine = true;
    options.UseUtcTimestamp = true;
    options.TimestampFormat = "HH:mm:ss.fff ";
}));
var logger = loggers.CreateLogger("workload");
var time = TimeProvider.System;
Log.Starting(logger, settings.Version, settings.Mode, settings.Queue, settings.RedactedAmqp, settings.Rate, settings.Count);

try
{
    await using var connection = await BrokerConnection.OpenAsync(settings, time, logger, signal.Token);
    if (settings.Mode == WorkloadMode.Produce)
    {
        await new Producer(settings, time, logger).RunAsync(connection, signal.Token);
    }
    else
    {
        await new Consumer(settings, time, logger).RunAsync(connection, signal.Token);
    }

    await connection.CloseAsync();
    return 0;
}
catch (OperationCanceledException) when (signal.Token.IsCancellationRequested)
{
    Log.Interrupted(logger, signal.Received?.ToString() ?? "cancelled");
    return 0;
}
catch (Exception e) when (e is RabbitMQ.Client.Exceptions.RabbitMQClientException or IOException)
{
    Log.BrokerClosed(logger, e.Message);
    return 1;
}
