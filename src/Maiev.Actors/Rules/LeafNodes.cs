namespace Maiev.Actors.Rules;

/// <summary>A literal.</summary>
internal sealed class ConstantNode(double value) : RuleNode
{
    /// <summary>The literal value.</summary>
    public double Value { get; } = value;

    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame) => Value;
}

/// <summary><c>resource:metric</c>.</summary>
internal sealed class MetricNode(int resource, MetricKind metric) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame) => frame.Read(resource, metric);
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
}

/// <summary><c>rules:name:since</c>: seconds since the rule last changed value (0 when it just changed or has none).</summary>
internal sealed class RuleSinceNode(int index) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame) => frame.State.SecondsSinceChange(index, frame.NowTicks);
}
