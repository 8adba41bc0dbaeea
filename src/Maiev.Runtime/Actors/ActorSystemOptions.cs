using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Maiev.Runtime.Actors;

/// <summary>
/// Settings of an <see cref="ActorSystem"/>; every property has a documented default, the same as the
/// <c>maiev.runtime</c> keys of reference.conf (see <see cref="FromConfig"/>).
/// </summary>
public sealed partial record ActorSystemOptions
{
    /// <summary>Where all time comes from (timers, Ask timeouts, restart windows). Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where runtime and actor logs go. Default: no logging.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>User messages an actor processes before it yields its thread to others. Default: 30.</summary>
    public int Throughput { get; init; } = 30;

    /// <summary>How long an Ask without an explicit timeout waits for the reply. Default: 5 seconds.</summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How actors without their own strategy supervise children. Default: <see cref="SupervisorStrategy.Default"/>.</summary>
    public SupervisorStrategy DefaultSupervisor { get; init; } = SupervisorStrategy.Default;

    /// <summary>
    /// A wall-clock safety net for each shutdown step, so an actor that never stops cannot hang disposal
    /// (even under a manual clock). Default: 30 seconds.
    /// </summary>
    public TimeSpan ShutdownStepTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws when a setting is out of range, naming it.</summary>
    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        ArgumentNullException.ThrowIfNull(LoggerFactory, nameof(LoggerFactory));
        ArgumentNullException.ThrowIfNull(DefaultSupervisor, nameof(DefaultSupervisor));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Throughput, nameof(Throughput));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AskTimeout, TimeSpan.Zero, nameof(AskTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ShutdownStepTimeout, TimeSpan.Zero, nameof(ShutdownStepTimeout));
    }
}
