using Maiev.Actors.Metrics;

namespace Maiev.Actors.Rules;

/// <summary>The queue metrics a rule can read, in the order of <see cref="QueueMetrics.Names"/>.</summary>
internal enum MetricKind
{
    /// <summary><c>exists</c> (a boolean).</summary>
    Exists,
    /// <summary><c>waiting</c>.</summary>
    Waiting,
    /// <summary><c>unacked</c>.</summary>
    Unacked,
    /// <summary><c>latency</c>.</summary>
    Latency,
    /// <summary><c>age</c>.</summary>
    Age,
    /// <summary><c>rate</c>.</summary>
    Rate,
    /// <summary><c>call_rate</c>.</summary>
    CallRate,
    /// <summary><c>exec_rate</c>.</summary>
    ExecRate,
    /// <summary><c>consumers</c>.</summary>
    Consumers,
    /// <summary><c>utilisation</c>.</summary>
    Utilisation,
}
