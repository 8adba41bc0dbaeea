using System.Collections.Immutable;
using Maiev.Runtime.Persistence.Serialization;

namespace Maiev.Benchmarks.Persistence;

/// <summary>An event shaped like a ServiceActor's scale decision (~150 bytes of JSON).</summary>
internal sealed record BenchEvent(string Service, int From, int To, double Latency, string Reason);

/// <summary>A ServiceActor-like state: counters and a bounded decision history.</summary>
internal sealed record BenchState(long Events, int Replicas, ImmutableArray<string> History);

/// <summary>Registry and sample data shared by the subject and the raw baseline.</summary>
internal static class BenchData
{
    public static EventTypeRegistry Registry() =>
        new EventTypeRegistry().Register<BenchEvent>("bench.event").Register<BenchState>("bench.state");

    public static BenchEvent Event(long seq) =>
        new("billing-worker", (int)(seq % 7), (int)(seq % 7) + 1, 1.25 + (seq % 10), "rules:latency > 2s for 30s");

    public static BenchState State(long seq) =>
        new(seq, (int)(seq % 7), [.. Enumerable.Range(0, 100).Select(i => $"decision {seq - i}: scale 3 -> 4 (latency)")]);
}
