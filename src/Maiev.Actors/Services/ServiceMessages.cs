using System.Collections.Immutable;
using Maiev.Actors.Metrics;
using Maiev.Actors.Scaling;

// Messages between a ServiceActor and its children, kept together: they are the private wiring of one actor family.
namespace Maiev.Actors.Services;

/// <summary>A probe's reading of one resource: state, metrics (null unless Up) and the error when unavailable.</summary>
internal sealed record ProbeReading(string Resource, ProbeState State, QueueMetrics? Metrics, DateTimeOffset At, string? Error);

/// <summary>The rule evaluator's verdict for one pass: the scaling input (replicas left unset) and the metrics it used.</summary>
internal sealed record RulesEvaluated(ScalingInput Input, ImmutableDictionary<string, QueueMetrics?> Metrics);

/// <summary>Asks the scaler to set the Swarm service's replicas.</summary>
internal sealed record ApplyScale(int Replicas);

/// <summary>The scaler's answer to <see cref="ApplyScale"/>.</summary>
internal sealed record ScaleResult(int Replicas, bool Applied, string? Error);

/// <summary>What the scaler read from Swarm: replicas (null when global or missing), image, whether the service exists.</summary>
internal sealed record ServiceObserved(bool Exists, int? Replicas, string? Image, string? Error);

/// <summary>Timer message: re-create a stopped child after its backoff.</summary>
internal sealed record RestartChild(string Key, int Generation);

/// <summary>Self message: bring the children in line with the state (after an event was persisted).</summary>
internal sealed record ReconcileChildren
{
    /// <summary>The single instance.</summary>
    public static ReconcileChildren Instance { get; } = new();
}

/// <summary>Self message: recovery finished; leave the recovering behaviour.</summary>
internal sealed record RecoveryFinished(Exception? Error);
