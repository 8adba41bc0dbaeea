using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Maiev.Actors.Metrics;

namespace Maiev.Actors.Rules;

/// <summary>
/// A service's rules compiled once and evaluated on every sample without allocating. As in maiev,
/// rules run in order: <c>rules:x</c> reads this pass's value of an earlier rule and the previous
/// pass's value of a later one; <c>rules:x:since</c> is the time since x last changed value.
/// <c>scale_up</c> and <c>scale_down</c> are appended as the rules <c>__scale_up__</c> and
/// <c>__scale_down__</c> (user rules with those reserved names are dropped, as maiev did).
/// Thread-safe: the mutable part lives in the caller's <see cref="RuleState"/>.
/// </summary>
internal sealed partial class CompiledRuleSet
{
    /// <summary>The rule name of the scale-up condition.</summary>
    public const string ScaleUpRule = "__scale_up__";

    /// <summary>The rule name of the scale-down condition.</summary>
    public const string ScaleDownRule = "__scale_down__";

    /// <summary>The rule name of the scale-from-zero activation condition.</summary>
    public const string ActivationRule = "__activate__";

    private readonly RuleNode[] _nodes;

    private CompiledRuleSet(ImmutableArray<string> resources, ImmutableArray<string> ruleNames, RuleNode[] nodes)
    {
        Resources = resources;
        RuleNames = ruleNames;
        _nodes = nodes;
        ScaleUpIndex = ruleNames.IndexOf(ScaleUpRule);
        ScaleDownIndex = ruleNames.IndexOf(ScaleDownRule);
        ActivationIndex = ruleNames.IndexOf(ActivationRule);
    }

    /// <summary>The resource names; <see cref="Evaluate"/> takes one sample per resource in this order.</summary>
    public ImmutableArray<string> Resources { get; }

    /// <summary>The rule names in evaluation order (scale conditions last).</summary>
    public ImmutableArray<string> RuleNames { get; }

    /// <summary>The index of <see cref="ScaleUpRule"/>, or -1 when there is no scale-up condition.</summary>
    public int ScaleUpIndex { get; }

    /// <summary>The index of <see cref="ScaleDownRule"/>, or -1 when there is no scale-down condition.</summary>
    public int ScaleDownIndex { get; }

    /// <summary>The index of <see cref="ActivationRule"/>, or -1 when there is no activation condition.</summary>
    public int ActivationIndex { get; }

    /// <summary>
    /// Compiles <paramref name="rules"/> then the optional scale and activation conditions against the
    /// <paramref name="resources"/> names. Reports every error of every rule, never throws for bad input.
    /// </summary>
    public static RuleCompilation Compile(
        IReadOnlyList<string> resources,
        IReadOnlyList<RuleDefinition> rules,
        string? scaleUp = null,
        string? scaleDown = null,
        string? activation = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(rules);
        var errors = ImmutableArray.CreateBuilder<RuleCompileError>();
        var entries = new List<(string Source, string Name, string Expression)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var name = rules[i].Name ?? string.Empty;
            if (name is ScaleUpRule or ScaleDownRule or ActivationRule)
            {
                continue;
            }

            if (!NamePattern().IsMatch(name))
            {
                errors.Add(new($"rules[{i}].name", name, new(1, 1), $"rule name '{name}' must be letters, digits and '_' and start with a letter or '_'"));
            }
            else if (!seen.Add(name))
            {
                errors.Add(new($"rules[{i}].name", name, new(1, 1), $"rule name '{name}' is used twice"));
            }

            entries.Add(($"rules[{i}].expression", name, rules[i].Expression ?? string.Empty));
        }

        if (scaleUp is not null)
        {
            entries.Add(("scale_up", ScaleUpRule, scaleUp));
        }

        if (scaleDown is not null)
        {
            entries.Add(("scale_down", ScaleDownRule, scaleDown));
        }

        if (activation is not null)
        {
            entries.Add(("scale_to_zero.activation", ActivationRule, activation));
        }

        var resourceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < resources.Count; i++)
        {
            resourceIndex.TryAdd(resources[i], i);
        }

        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            ruleIndex.TryAdd(entries[i].Name, i);
        }

        var binder = new RuleBinder(resourceIndex, ruleIndex);
        var nodes = new RuleNode[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            try
            {
                nodes[i] = binder.BindRule(Parser.Parse(entries[i].Expression));
            }
            catch (RuleSyntaxException e)
            {
                errors.Add(new(entries[i].Source, entries[i].Name, e.Position, e.Detail));
            }
        }

        return errors.Count > 0
            ? new RuleCompilation(null, errors.ToImmutable())
            : new RuleCompilation(new CompiledRuleSet([.. resources], [.. entries.Select(e => e.Name)], nodes), []);
    }

    /// <summary>A fresh state for this set: no rule evaluated yet.</summary>
    public RuleState CreateState() => new(_nodes.Length);

    /// <summary>A state restored from persisted results, matched by rule name (unknown names are ignored).</summary>
    public RuleState CreateState(IEnumerable<RuleResult> restored)
    {
        ArgumentNullException.ThrowIfNull(restored);
        var state = CreateState();
        foreach (var result in restored)
        {
            var index = RuleNames.IndexOf(result.Name);
            if (index >= 0 && result.Value is not null && result.ChangedAt is { } changedAt)
            {
                state.Restore(index, result.Value, changedAt);
            }
        }

        return state;
    }

    /// <summary>
    /// Runs one pass: evaluates every rule in order with <paramref name="metrics"/> (one per
    /// <see cref="Resources"/> entry, null when unknown) at <paramref name="now"/>, recording each
    /// value in <paramref name="state"/>. Allocates nothing.
    /// </summary>
    public void Evaluate(RuleState state, ReadOnlySpan<QueueMetrics?> metrics, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Count != _nodes.Length)
        {
            throw new ArgumentException($"the state holds {state.Count} rules, this rule set {_nodes.Length}: create it with CreateState", nameof(state));
        }

        var ticks = now.UtcTicks;
        var frame = new EvalFrame(metrics, state, ticks);
        for (var i = 0; i < _nodes.Length; i++)
        {
            state.Record(i, RuleNode.IsTrue(_nodes[i].Evaluate(frame)), ticks);
        }
    }

    /// <summary>Evaluates one rule alone against the current state (no recording): for tools and benchmarks.</summary>
    public bool EvaluateOne(int index, RuleState state, ReadOnlySpan<QueueMetrics?> metrics, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return RuleNode.IsTrue(_nodes[index].Evaluate(new EvalFrame(metrics, state, now.UtcTicks)));
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();
}
