using Maiev.Actors.Metrics;

namespace Maiev.Actors.Rules;

/// <summary>What one evaluation pass reads: the samples (by resource index), the rule state and the time.</summary>
internal readonly ref struct EvalFrame
{
    /// <summary>Creates a frame.</summary>
    public EvalFrame(ReadOnlySpan<QueueMetrics?> metrics, RuleState state, long nowTicks)
    {
        Metrics = metrics;
        State = state;
        NowTicks = nowTicks;
    }

    /// <summary>One sample per resource, in the rule set's resource order; null when unknown.</summary>
    public ReadOnlySpan<QueueMetrics?> Metrics { get; }

    /// <summary>The rule values so far: this pass's for rules already evaluated, the last pass's for the others.</summary>
    public RuleState State { get; }

    /// <summary>Now, as UTC ticks.</summary>
    public long NowTicks { get; }

    /// <summary>Reads a metric; NaN when the resource or the value is unknown.</summary>
    public double Read(int resource, MetricKind metric)
    {
        var m = (uint)resource < (uint)Metrics.Length ? Metrics[resource] : null;
        if (m is null)
        {
            return double.NaN;
        }

        return metric switch
        {
            MetricKind.Exists => m.Exists ? 1 : 0,
            MetricKind.Waiting => m.Waiting,
            MetricKind.Unacked => m.Unacked,
            MetricKind.Latency => m.Latency ?? double.NaN,
            MetricKind.Age => m.Age ?? double.NaN,
            MetricKind.Rate => m.Rate ?? double.NaN,
            MetricKind.CallRate => m.CallRate,
            MetricKind.ExecRate => m.ExecRate,
            MetricKind.Consumers => m.Consumers,
            MetricKind.Utilisation => m.Utilisation ?? double.NaN,
            _ => double.NaN,
        };
    }
}
