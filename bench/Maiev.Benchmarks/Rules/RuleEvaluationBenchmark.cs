using Maiev.Actors.Metrics;
using Maiev.Actors.Rules;
using Maiev.Benchmarks.Harness;

namespace Maiev.Benchmarks.Rules;

/// <summary>
/// Suite <c>rules</c>: one pass of maiev's producer rule set (four rules plus scale_up and
/// scale_down, with <c>rules:x:since</c> and arithmetic) compiled by the rule language, against a
/// hand-written C# lambda computing the same values with the same state. Reports passes per
/// second, the ratio, and bytes allocated per pass (goal 0).
/// </summary>
internal sealed class RuleEvaluationBenchmark : IBenchmark
{
    private const int Passes = 2_000_000;

    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <inheritdoc />
    public string Suite => "rules";

    /// <inheritdoc />
    public Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        var set = CompiledRuleSet.Compile(
            ["rmq"],
            [
                new RuleDefinition("latency_ok", "rmq:waiting == 0 or rmq:latency < 0.200"),
                new RuleDefinition("latency_fail", "rmq:latency > 5"),
                new RuleDefinition("panic", "rmq:latency > 10 or (rules:latency_fail and rules:latency_fail:since > \"25s\")"),
                new RuleDefinition("stable_latency", "rules:latency_ok and rules:latency_ok:since > \"30s\""),
            ],
            "rules:panic or (rmq:consumers == 0 and rmq:waiting > 0) or not rmq:exists or rmq:waiting / (rmq:consumers + 1) > 1,000",
            "rules:stable_latency and rmq:consumers > 0").RuleSet!;
        var samples = new[]
        {
            new QueueMetrics?[] { new QueueMetrics(true, 120, 3, 6.5, null, 1, 10, 9, 2, null, T0) },
            new QueueMetrics?[] { new QueueMetrics(true, 0, 0, null, null, null, 0, 0, 2, null, T0) },
        };

        var state = set.CreateState();
        var compiled = 0;
        void Compiled()
        {
            compiled = 0;
            for (var i = 0; i < Passes; i++)
            {
                set.Evaluate(state, samples[(i >> 10) & 1], T0.AddTicks(i * TimeSpan.TicksPerMillisecond * 100));
                compiled += state.RawValue(set.ScaleUpIndex);
            }
        }

        var hand = new HandWrittenRules();
        var handCount = 0;
        void Hand()
        {
            handCount = 0;
            for (var i = 0; i < Passes; i++)
            {
                hand.Evaluate(samples[(i >> 10) & 1][0]!, T0.AddTicks(i * TimeSpan.TicksPerMillisecond * 100).UtcTicks);
                handCount += hand.ScaleUp ? 1 : 0;
            }
        }

        var compiledRate = Measure.RatePerSecond(Compiled, Passes);
        var handRate = Measure.RatePerSecond(Hand, Passes);

        Hand();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Compiled();
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Passes;

        report.Figure("rules: compiled rule set, passes/s (6 rules)", compiledRate, "passes/s");
        report.Figure("rules: hand-written C# lambda, passes/s", handRate, "passes/s");
        report.Ratio("rules: compiled time per pass vs hand-written", handRate, compiledRate, "lower is better; the compiled pass is one JIT-compiled delegate");
        report.Figure("rules: bytes allocated per compiled pass", bytes, "bytes (goal: 0)");
        report.Note($"scale_up held in {compiled:N0} compiled and {handCount:N0} hand-written passes in the last round (must be equal)");
        return Task.CompletedTask;
    }

    /// <summary>The same six rules written by hand, with the same since-tracking as RuleState.</summary>
    private sealed class HandWrittenRules
    {
        private readonly bool?[] _values = new bool?[6];
        private readonly long[] _changed = new long[6];

        public bool ScaleUp => _values[4] == true;

        public void Evaluate(QueueMetrics m, long now)
        {
            var latency = m.Latency ?? double.NaN;
            Record(0, m.Waiting == 0 || latency < 0.2, now);
            Record(1, latency > 5, now);
            Record(2, latency > 10 || (_values[1] == true && Since(1, now) > 25), now);
            Record(3, _values[0] == true && Since(0, now) > 30, now);
            var perConsumer = m.Consumers + 1 == 0 ? double.NaN : m.Waiting / (m.Consumers + 1);
            Record(4, _values[2] == true || (m.Consumers == 0 && m.Waiting > 0) || !m.Exists || perConsumer > 1000, now);
            Record(5, _values[3] == true && m.Consumers > 0, now);
        }

        private double Since(int i, long now) => _values[i] is null ? 0 : (now - _changed[i]) / (double)TimeSpan.TicksPerSecond;

        private void Record(int i, bool value, long now)
        {
            if (_values[i] != value)
            {
                _values[i] = value;
                _changed[i] = now;
            }
        }
    }
}
