using System.Collections.Immutable;
using System.Text.Json;
using Maiev.Actors.Rules;
using Maiev.Actors.Scaling;
using Maiev.Actors.Specs;
using Maiev.Actors.Tests.Conformance;

namespace Maiev.Actors.Tests.Scaling;

/// <summary>maiev's <c>load_manager</c> cases against the step policy.</summary>
public sealed class LoadManagerConformanceTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [ConformanceFact]
    public void Load_manager_cases_match_maiev()
    {
        var failures = new CaseFailures();
        foreach (var c in MaievCases.Area("load_manager"))
        {
            var id = c.GetProperty("id").GetInt32();
            var name = c.GetProperty("name").GetString()!;
            var input = c.GetProperty("input");
            var expected = c.GetProperty("expected");
            switch (input.GetProperty("function").GetString())
            {
                case "LoadManager._get_best_scale":
                    var (replicas, min, max) = Service(input.GetProperty("service"));
                    var (current, best) = StepScaling.Best(replicas, input.GetProperty("delta").GetInt32(), min, max);
                    var want = expected.GetProperty("current_best").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (int?)null : v.GetInt32()).ToArray();
                    failures.Check(id, name, current == want[0] && best == want[1], $"got [{current}, {best}]");
                    break;
                case "LoadManager._create_trigger_ruleset":
                    var scale = input.GetProperty("scale");
                    var compiled = CompiledRuleSet.Compile(
                        scale.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToList(),
                        scale.GetProperty("rules").EnumerateArray().Select(r => new RuleDefinition(r.GetProperty("name").GetString()!, r.GetProperty("expression").GetString()!)).ToList(),
                        scale.GetProperty("scale_up").GetString(),
                        scale.GetProperty("scale_down").GetString());
                    var names = expected.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToList();
                    failures.Check(id, name, compiled.Succeeded && compiled.RuleSet!.RuleNames.SequenceEqual(names), "got " + string.Join(", ", compiled.RuleSet?.RuleNames ?? []));
                    break;
                case "LoadManager._execute_ruleset":
                    var stats = input.GetProperty("rules_stats");
                    var (r, lo, hi) = Service(input.GetProperty("service"));
                    var spec = new ServiceSpec(lo, hi, DependencySpec.Empty, new ScaleSpec([], [], "x", "y"), false, UpgradeSpec.Disabled);
                    var decision = ScalingPolicy.Decide(
                        spec,
                        new ScalingInput(r, [], stats.GetProperty("__scale_up__").GetBoolean(), stats.GetProperty("__scale_down__").GetBoolean()),
                        ScalingMemory.Empty,
                        Now);
                    var calls = expected.GetProperty("overseer.scale calls").EnumerateArray().ToList();
                    var ok = calls.Count == 0
                        ? !decision.Changes
                        : decision.Changes && decision.To == calls[0][1].GetProperty("scale").GetInt32();
                    failures.Check(id, name, ok, $"got {decision.Action} {decision.From} → {decision.To}: {decision.Reason}");
                    break;
                default:
                    failures.Check(id, name, false, "unknown function");
                    break;
            }
        }

        failures.AssertNone(8);
    }

    private static (int? Replicas, int? Min, int? Max) Service(JsonElement service)
    {
        var mode = service.GetProperty("mode");
        int? replicas = mode.TryGetProperty("replicas", out var r) ? r.GetInt32() : null;
        var config = service.GetProperty("scale_config");
        int? min = config.TryGetProperty("min", out var lo) ? lo.GetInt32() : null;
        int? max = config.TryGetProperty("max", out var hi) ? hi.GetInt32() : null;
        return (replicas, min, max);
    }
}
