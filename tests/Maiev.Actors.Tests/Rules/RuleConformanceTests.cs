using System.Text.Json;
using Maiev.Actors.Metrics;
using Maiev.Actors.Rules;
using Maiev.Actors.Tests.Conformance;

namespace Maiev.Actors.Tests.Rules;

/// <summary>maiev's <c>trigger_grammar</c> and <c>trigger_rules</c> cases against the compiled rule language.</summary>
public sealed class RuleConformanceTests
{
    /// <summary>Deliberate differences (docs/maiev-compatibility.md) by case id, with the reason.</summary>
    internal static readonly IReadOnlyDictionary<int, string> Differences = new Dictionary<int, string>
    {
        [140] = "a constant compared with an unknown metric ('5 > rmq:latency') is false like the mirrored 'rmq:latency < 5', not a TypeError at evaluation",
    };

    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [ConformanceFact]
    public void Trigger_grammar_cases_match_maiev_or_are_documented_differences()
    {
        var failures = new CaseFailures();
        foreach (var c in MaievCases.Area("trigger_grammar"))
        {
            var input = c.GetProperty("input");
            var metrics = Metrics(input.GetProperty("metrics (resource 'rmq')"));
            Check(failures, c, ["rmq"], [metrics], input.GetProperty("rules_before_main"));
        }

        failures.AssertNone(14);
    }

    [ConformanceFact]
    public void Trigger_rules_cases_match_maiev()
    {
        var failures = new CaseFailures();
        foreach (var c in MaievCases.Area("trigger_rules"))
        {
            var ruleset = c.GetProperty("input").GetProperty("ruleset");
            var resources = ruleset.GetProperty("resources").EnumerateArray().ToList();
            var names = resources.Select(r => r.GetProperty("name").GetString()!).ToArray();
            var metrics = resources.Select(r => (QueueMetrics?)Metrics(r.GetProperty("history").GetProperty("last_metrics"))).ToArray();
            Check(failures, c, names, metrics, ruleset.GetProperty("rules"));
        }

        failures.AssertNone(8);
    }

    private static void Check(CaseFailures failures, JsonElement c, string[] resources, QueueMetrics?[] metrics, JsonElement rulesJson)
    {
        var id = c.GetProperty("id").GetInt32();
        var name = c.GetProperty("name").GetString()!;
        var expected = c.GetProperty("expected");
        var rules = rulesJson.EnumerateArray().ToList();
        var compilation = CompiledRuleSet.Compile(
            resources,
            rules.Select(r => new RuleDefinition(r.GetProperty("name").GetString()!, r.GetProperty("expression").GetString()!)).ToList());

        if (expected.ValueKind == JsonValueKind.Object && expected.TryGetProperty("exception", out var exception) && !Differences.ContainsKey(id))
        {
            failures.Check(id, name, !compilation.Succeeded, $"expected a compile error like maiev's {exception.GetString()}, but it compiled");
            return;
        }

        if (!compilation.Succeeded)
        {
            failures.Check(id, name, false, "did not compile: " + string.Join("; ", compilation.Errors));
            return;
        }

        var set = compilation.RuleSet!;
        var state = set.CreateState();
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].TryGetProperty("history", out var history) && history.TryGetProperty("last_result", out var last))
            {
                var age = history.TryGetProperty("age_seconds", out var a) ? a.GetDouble() : 0;
                state.Restore(i, last.GetBoolean(), Now.AddSeconds(-age));
            }
        }

        set.Evaluate(state, metrics, Now);
        if (expected.ValueKind is JsonValueKind.True or JsonValueKind.False || Differences.ContainsKey(id))
        {
            var main = state.ValueOf(set.RuleNames.IndexOf("__main__"));
            var want = Differences.ContainsKey(id) ? false : expected.GetBoolean();
            failures.Check(id, name, main == want, $"__main__ = {main}, expected {want}");
            return;
        }

        foreach (var rule in expected.EnumerateObject())
        {
            var value = state.ValueOf(set.RuleNames.IndexOf(rule.Name));
            failures.Check(id, $"{name} {rule.Name}", value == rule.Value.GetBoolean(), $"{rule.Name} = {value}, expected {rule.Value.GetBoolean()}");
        }
    }

    /// <summary>maiev's metric dictionary as a sample; absent counters read as 0, absent rates as unknown.</summary>
    private static QueueMetrics Metrics(JsonElement m)
    {
        double? Get(string key) => m.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
        var exists = !m.TryGetProperty("exists", out var e) || e.ValueKind != JsonValueKind.False;
        return new QueueMetrics(exists, Get("waiting") ?? 0, 0, Get("latency"), null, Get("rate"), 0, 0, (int)(Get("consumers") ?? 0), null, Now);
    }
}
