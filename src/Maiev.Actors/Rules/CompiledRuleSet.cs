using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
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
    private readonly Action<double[], sbyte[], long[], long>? _pass;
    private readonly (int Resource, MetricKind Metric)[] _slots = [];

    private CompiledRuleSet(ImmutableArray<string> resources, ImmutableArray<string> ruleNames, RuleNode[] nodes)
    {
        Resources = resources;
        RuleNames = ruleNames;
        _nodes = nodes;
        if (RuntimeFeature.IsDynamicCodeCompiled)
        {
            // One delegate for the whole pass (JIT-compiled); without dynamic code the node tree
            // is walked instead, with the same results (see RuleRuntime).
            var context = new RuleExpressionContext();
            var body = nodes.Select((node, i) => (Expression)RuleExpressionContext.CallRuntime(
                nameof(RuleRuntime.Record), context.Values, context.Changed, Expression.Constant(i), node.Build(context), context.Now)).ToList();
            body.Add(Expression.Empty());
            _pass = Expression.Lambda<Action<double[], sbyte[], long[], long>>(
                Expression.Block(body), context.Slots, context.Values, context.Changed, context.Now).Compile();
            _slots = [.. context.SlotList];
        }

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
        if (_pass is not null)
        {
            if (state.Slots.Length < _slots.Length)
            {
                state.Slots = new double[_slots.Length];
            }

            var slots = state.Slots;
            for (var s = 0; s < _slots.Length; s++)
            {
                slots[s] = frame.Read(_slots[s].Resource, _slots[s].Metric);
            }

            _pass(slots, state.RawValues, state.RawChanged, ticks);
            return;
        }

        EvaluateTree(state, frame, ticks);
    }

    /// <summary>The tree-walking pass (used without dynamic code; tests check both agree).</summary>
    internal void EvaluateTree(RuleState state, ReadOnlySpan<QueueMetrics?> metrics, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        EvaluateTree(state, new EvalFrame(metrics, state, now.UtcTicks), now.UtcTicks);
    }

    private void EvaluateTree(RuleState state, in EvalFrame frame, long ticks)
    {
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
}
