using System.Linq.Expressions;
using System.Reflection;

namespace Maiev.Actors.Rules;

/// <summary>
/// What compiling rule nodes to one delegate needs: the pass's parameters and the metric slots
/// used (each distinct <c>resource:metric</c> read once per pass into a slot).
/// </summary>
internal sealed class RuleExpressionContext
{
    private readonly Dictionary<(int Resource, MetricKind Metric), int> _slots = [];

    /// <summary>The slot values (<c>double[]</c>).</summary>
    public ParameterExpression Slots { get; } = Expression.Parameter(typeof(double[]), "slots");

    /// <summary>The rule values (<c>sbyte[]</c>).</summary>
    public ParameterExpression Values { get; } = Expression.Parameter(typeof(sbyte[]), "values");

    /// <summary>When each rule changed (<c>long[]</c> UTC ticks).</summary>
    public ParameterExpression Changed { get; } = Expression.Parameter(typeof(long[]), "changed");

    /// <summary>Now (UTC ticks).</summary>
    public ParameterExpression Now { get; } = Expression.Parameter(typeof(long), "now");

    /// <summary>The slots in index order.</summary>
    public List<(int Resource, MetricKind Metric)> SlotList { get; } = [];

    /// <summary>The slot of a metric, allocating one on first use.</summary>
    public int Slot(int resource, MetricKind metric)
    {
        if (!_slots.TryGetValue((resource, metric), out var slot))
        {
            slot = SlotList.Count;
            _slots.Add((resource, metric), slot);
            SlotList.Add((resource, metric));
        }

        return slot;
    }

    /// <summary>A call to a <see cref="RuleRuntime"/> method.</summary>
    public static MethodCallExpression CallRuntime(string method, params Expression[] arguments) =>
        Expression.Call(typeof(RuleRuntime).GetMethod(method, BindingFlags.Public | BindingFlags.Static)!, arguments);

    /// <summary>Truthiness inline: <c>v != 0 &amp;&amp; v == v</c> (NaN is not equal to itself).</summary>
    public static Expression Truthy(Expression value)
    {
        if (value is ConditionalExpression { IfTrue: ConstantExpression { Value: 1.0 }, IfFalse: ConstantExpression { Value: 0.0 } } boolean)
        {
            return boolean.Test; // a condition turned into 1/0 and back
        }

        var v = Expression.Variable(typeof(double), "v");
        return Expression.Block(
            typeof(bool),
            [v],
            Expression.Assign(v, value),
            Expression.AndAlso(Expression.NotEqual(v, Expression.Constant(0.0)), Expression.Equal(v, v)));
    }

    /// <summary>A condition as a value: 1 or 0.</summary>
    public static Expression AsValue(Expression condition) =>
        Expression.Condition(condition, Expression.Constant(1.0), Expression.Constant(0.0));
}
