using Maiev.Actors.Metrics;
using static Maiev.Actors.Tests.Rules.RuleTestKit;

namespace Maiev.Actors.Tests.Rules;

public sealed class RuleAllocationTests
{
    [Fact]
    public void Evaluate_allocates_nothing_once_warm()
    {
        var set = Compile(
            ("latency_ok", "rmq:waiting == 0 or rmq:latency < 0.200"),
            ("latency_fail", "rmq:latency > 5"),
            ("panic", "rmq:latency > 10 or (rules:latency_fail and rules:latency_fail:since > \"25s\")"),
            ("busy", "rmq:waiting / (rmq:consumers + 1) > 1,000 xor rmq:waiting in {1, 2, 3}"));
        var state = set.CreateState();
        var metrics = new QueueMetrics?[] { Sample(waiting: 7, latency: 6.5, consumers: 2) };
        for (var i = 0; i < 100; i++)
        {
            set.Evaluate(state, metrics, T0.AddSeconds(i));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            set.Evaluate(state, metrics, T0.AddSeconds(100 + i));
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated == 0, $"10,000 evaluations allocated {allocated} bytes");
        Assert.Equal(true, state.ValueOf(2));
    }
}
