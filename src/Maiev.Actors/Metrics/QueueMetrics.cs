namespace Maiev.Actors.Metrics;

/// <summary>
/// What a queue looked like at one sample: the values rules read as <c>{resource}:{metric}</c>
/// (maiev's names: <c>exists</c>, <c>waiting</c>, <c>latency</c>, <c>rate</c>, <c>call_rate</c>,
/// <c>exec_rate</c>, <c>consumers</c>; Maiev adds <c>unacked</c>, <c>age</c>, <c>utilisation</c>).
/// A null value is <em>not known</em> (maiev's <c>None</c>), never zero.
/// </summary>
/// <param name="Exists">Whether the queue exists (an unknown queue is <c>false</c>, not an error).</param>
/// <param name="Waiting">Messages ready for delivery.</param>
/// <param name="Unacked">Messages delivered and not yet acknowledged.</param>
/// <param name="Latency">Seconds to drain the ready messages at the current deliver rate; null when nothing is delivered.</param>
/// <param name="Age">Age in seconds of the oldest message, when publishers set AMQP timestamps.</param>
/// <param name="Rate">Deliver rate minus publish rate (positive: draining); null before any message was seen.</param>
/// <param name="CallRate">Publish rate, messages per second.</param>
/// <param name="ExecRate">Deliver rate, messages per second.</param>
/// <param name="Consumers">Consumers attached to the queue.</param>
/// <param name="Utilisation">RabbitMQ's consumer utilisation (0..1), when reported.</param>
/// <param name="SampledAt">When the broker's figures were read.</param>
public sealed record QueueMetrics(
    bool Exists,
    double Waiting,
    double Unacked,
    double? Latency,
    double? Age,
    double? Rate,
    double CallRate,
    double ExecRate,
    int Consumers,
    double? Utilisation,
    DateTimeOffset SampledAt)
{
    /// <summary>The metrics of a queue that does not exist (maiev: <c>exists = false</c>, all counters zero).</summary>
    public static QueueMetrics Missing(DateTimeOffset sampledAt) =>
        new(false, 0, 0, null, null, null, 0, 0, 0, null, sampledAt);

    /// <summary>The metric names a rule may use after the resource name, in a stable order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["exists", "waiting", "unacked", "latency", "age", "rate", "call_rate", "exec_rate", "consumers", "utilisation"];

    /// <summary>
    /// Reads one metric by its rule name. Returns false for a name that is not a metric; a known
    /// name whose value is not known yields true with a null <paramref name="value"/>.
    /// Booleans read as 1 and 0.
    /// </summary>
    public bool TryGetValue(string name, out double? value)
    {
        value = name switch
        {
            "exists" => Exists ? 1 : 0,
            "waiting" => Waiting,
            "unacked" => Unacked,
            "latency" => Latency,
            "age" => Age,
            "rate" => Rate,
            "call_rate" => CallRate,
            "exec_rate" => ExecRate,
            "consumers" => Consumers,
            "utilisation" => Utilisation,
            _ => double.NaN,
        };
        return value is not double v || !double.IsNaN(v);
    }
}
