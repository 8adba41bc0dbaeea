using Maiev.Runtime.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Maiev.Runtime.Actors;

/// <summary>Reading the options from the <c>maiev.runtime</c> section of a configuration.</summary>
public sealed partial record ActorSystemOptions
{
    /// <summary>The configuration section the runtime reads.</summary>
    public const string ConfigSection = "maiev.runtime";

    /// <summary>
    /// Options from <c>maiev.runtime</c>: <c>throughput</c>, <c>ask-timeout</c>, <c>shutdown-timeout</c>
    /// (<see cref="ShutdownStepTimeout"/>) and <c>supervisor.max-restarts</c> / <c>supervisor.restart-window</c>
    /// (the budget of <see cref="DefaultSupervisor"/>, with <see cref="SupervisorStrategy.DefaultDecider"/>).
    /// Keys missing from <paramref name="config"/> take the defaults of Maiev.Runtime's reference.conf;
    /// an unresolved configuration is resolved first (without environment fallback).
    /// </summary>
    /// <param name="config">The node's configuration, e.g. from <see cref="MaievConfig.Load"/>.</param>
    /// <param name="time">Where all time comes from; null means <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Where logs go; null means no logging.</param>
    /// <exception cref="ConfigException">A key has the wrong type or is out of range; the error carries its origin and path.</exception>
    public static ActorSystemOptions FromConfig(Config config, TimeProvider? time = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var merged = config.WithFallback(MaievConfig.References([typeof(ActorSystemOptions).Assembly]));
        if (!merged.IsResolved)
            merged = merged.Resolve();

        var throughput = Read(merged, "throughput", merged.GetInt, v => v > 0, "a positive number of messages");
        var askTimeout = Read(merged, "ask-timeout", merged.GetDuration, v => v > TimeSpan.Zero, "a positive duration");
        var shutdown = Read(merged, "shutdown-timeout", merged.GetDuration, v => v > TimeSpan.Zero, "a positive duration");
        var maxRestarts = Read(merged, "supervisor.max-restarts", merged.GetInt, v => v >= -1, "-1 (unlimited), 0 (never restart) or a positive count");
        var window = Read(merged, "supervisor.restart-window", merged.GetDuration, v => v >= TimeSpan.Zero, "zero (count forever) or a positive duration");

        return new ActorSystemOptions
        {
            TimeProvider = time ?? TimeProvider.System,
            LoggerFactory = loggerFactory ?? NullLoggerFactory.Instance,
            Throughput = throughput,
            AskTimeout = askTimeout,
            ShutdownStepTimeout = shutdown,
            DefaultSupervisor = new OneForOneStrategy(maxRestarts, window, SupervisorStrategy.DefaultDecider),
        };
    }

    private static T Read<T>(Config config, string key, Func<string, T> get, Func<T, bool> valid, string expected)
    {
        var path = ConfigSection + "." + key;
        var value = get(path);
        return valid(value)
            ? value
            : throw new ConfigBadValueException($"expected {expected} but found {value}", config.GetValue(path).Origin, path);
    }
}
