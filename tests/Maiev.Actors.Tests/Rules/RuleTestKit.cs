using Maiev.Actors.Metrics;
using Maiev.Actors.Rules;

namespace Maiev.Actors.Tests.Rules;

/// <summary>Small helpers to compile and run rules in tests.</summary>
internal static class RuleTestKit
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static QueueMetrics Sample(double waiting = 0, double? latency = null, int consumers = 1, bool exists = true, double callRate = 0, double execRate = 0) =>
        new(exists, waiting, 0, latency, null, null, callRate, execRate, consumers, null, T0);

    public static CompiledRuleSet Compile(params (string Name, string Expression)[] rules) =>
        CompiledRuleSet.Compile(["rmq"], rules.Select(r => new RuleDefinition(r.Name, r.Expression)).ToList()) is { Succeeded: true } c
            ? c.RuleSet!
            : throw new InvalidOperationException(string.Join("; ", CompiledRuleSet.Compile(["rmq"], rules.Select(r => new RuleDefinition(r.Name, r.Expression)).ToList()).Errors));

    /// <summary>Evaluates a single expression (as rule <c>main</c>) against one sample of resource <c>rmq</c>.</summary>
    public static bool? Eval(string expression, QueueMetrics? sample)
    {
        var set = Compile(("main", expression));
        var state = set.CreateState();
        set.Evaluate(state, new[] { sample }, T0);
        return state.ValueOf(0);
    }

    public static RuleCompileError SingleError(string expression)
    {
        var result = CompiledRuleSet.Compile(["rmq"], [new RuleDefinition("main", expression)]);
        Assert.False(result.Succeeded, $"'{expression}' should not compile");
        return Assert.Single(result.Errors);
    }
}
