using Maiev.Actors.Metrics;
using Maiev.Actors.Rules;
using Maiev.Actors.Scaling;
using Maiev.Actors.Specs;

namespace Maiev.Actors.Tests.Scaling;

/// <summary>The path the ServiceActor takes: spec → compiled rules → samples → decisions.</summary>
public sealed class RulesToDecisionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private const string Producer = """
        {
          "min": 1, "max": 4,
          "scale": {
            "resources": [{"name": "rmq", "identifier": "rpc-producer"}],
            "rules": [
              {"name": "latency_ok", "expression": "rmq:waiting == 0 or rmq:latency < 0.200"},
              {"name": "latency_fail", "expression": "rmq:latency > 5"},
              {"name": "panic", "expression": "rmq:latency > 10 or (rules:latency_fail and rules:latency_fail:since > \"25s\")"},
              {"name": "stable_latency", "expression": "rules:latency_ok and rules:latency_ok:since > \"30s\""}
            ],
            "scale_up": "rules:panic or (rmq:consumers == 0 and rmq:waiting > 0) or not rmq:exists",
            "scale_down": "rules:stable_latency and rmq:consumers > 0",
            "repeat_delay": "20s"
          }
        }
        """;

    [Fact]
    public void A_sample_sequence_produces_the_expected_decisions()
    {
        var spec = ServiceSpecReader.Read(Producer).Spec!;
        var rules = spec.Scale!.CompileRules().RuleSet!;
        var state = rules.CreateState();
        var memory = ScalingMemory.Empty;
        var replicas = 2;
        var log = new List<string>();

        // (seconds, waiting, latency, consumers) — or a null sample when the management API is down.
        var samples = new (int At, QueueMetrics? Sample)[]
        {
            (0, Sample(100, 6)), (10, Sample(100, 6)), (30, Sample(100, 7)), (40, Sample(100, 7)), (50, null),
            (60, Sample(0, null)), (80, Sample(0, null)), (100, Sample(0, null)), (130, Sample(0, null)),
        };
        foreach (var (at, sample) in samples)
        {
            var decision = ScalingPass.Run(spec, rules, state, [sample], replicas, memory, T0.AddSeconds(at));
            memory = decision.Memory;
            replicas = decision.To ?? replicas;
            log.Add($"{at}:{decision.Action}:{replicas}");
        }

        Assert.Equal(
            ["0:Keep:2", "10:Keep:2", "30:ScaleUp:3", "40:Hold:3", "50:Hold:3", "60:Keep:3", "80:Keep:3", "100:ScaleDown:2", "130:ScaleDown:1"],
            log);
    }

    [Fact]
    public void A_pass_with_unknown_metrics_keeps_the_rules_clocks()
    {
        var spec = ServiceSpecReader.Read(Producer).Spec!;
        var rules = spec.Scale!.CompileRules().RuleSet!;
        var state = rules.CreateState();
        ScalingPass.Run(spec, rules, state, [Sample(100, 6)], 2, ScalingMemory.Empty, T0);

        var held = ScalingPass.Run(spec, rules, state, [null], 2, ScalingMemory.Empty, T0.AddSeconds(20));
        var panic = ScalingPass.Run(spec, rules, state, [Sample(100, 6)], 2, held.Memory, T0.AddSeconds(26));

        Assert.Equal(ScaleAction.Hold, held.Action);
        Assert.Equal(T0, state.ChangedAt(rules.RuleNames.IndexOf("latency_fail")));
        Assert.Equal((ScaleAction.ScaleUp, 3), (panic.Action, panic.To!.Value));
    }

    [Fact]
    public void Inputs_from_rules_carry_verdicts_unknown_resources_and_rule_values()
    {
        var rules = CompiledRuleSet.Compile(["a", "b"], [new RuleDefinition("busy", "a:waiting > 0")], "rules:busy", "not rules:busy").RuleSet!;
        var state = rules.CreateState();
        var metrics = new QueueMetrics?[] { Sample(5, 1), null };
        rules.Evaluate(state, metrics, T0);

        var input = ScalingInput.FromRules(3, rules, state, metrics, targetResource: "a");

        Assert.Equal((true, false), (input.ScaleUp, input.ScaleDown));
        Assert.Equal(["b"], input.UnknownResources.ToArray());
        Assert.Same(metrics[0], input.Target);
        Assert.Equal(["busy", "__scale_up__", "__scale_down__"], input.Rules.Select(r => r.Name).ToArray());
    }

    private static QueueMetrics Sample(double waiting, double? latency) =>
        new(true, waiting, 0, latency, null, null, 0, 0, 1, null, T0);
}
