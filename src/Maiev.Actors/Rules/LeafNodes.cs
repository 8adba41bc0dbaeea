using System.Linq.Expressions;

namespace Maiev.Actors.Rules;

/// <summary>A literal.</summary>
internal sealed class ConstantNode(double value) : RuleNode
{
    /// <summary>The literal value.</summary>
    public double Value { get; } = value;

    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame) => Value;

    /// <inheritdoc />
    public override Expression Build(RuleExpressionContext context) => Expression.Constant(Value);
}

/// <summary><c>resource:metric</c>.</summary>
internal sealed class MetricNode(int resource, MetricKind metric) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame) => frame.Read(resource, metric);

    /// <inheritdoc />
    public override Expression Build(RuleExpressionContext context) =>
        Expression.ArrayIndex(context.Slots, Expression.Constant(context.Slot(resource, metric)));
}

/// <summary><c>rules:name</c>: this pass's value for earlier rules, the previous one for later rules.</summary>
internal sealed class RuleValueNode(int index) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame) =>
        frame.State.RawValue(index) switch
        {
            < 0 => double.NaN,
            var v => v,
        };

    /// <inheritdoc />
    public override Expression Build(RuleExpressionContext context) =>
        RuleExpressionContext.CallRuntime(nameof(RuleRuntime.Value), context.Values, Expression.Constant(index));
}

/// <summary><c>rules:name:since</c>: seconds since the rule last changed value (0 when it just changed or has none).</summary>
internal sealed class RuleSinceNode(int index) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame) => frame.State.SecondsSinceChange(index, frame.NowTicks);

    /// <inheritdoc />
    public override Expression Build(RuleExpressionContext context) =>
        RuleExpressionContext.CallRuntime(nameof(RuleRuntime.Since), context.Values, context.Changed, Expression.Constant(index), context.Now);
}
