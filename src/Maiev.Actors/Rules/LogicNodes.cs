using System.Linq.Expressions;
using static Maiev.Actors.Rules.RuleExpressionContext;

namespace Maiev.Actors.Rules;

/// <summary><c>not x</c> (unknown is false, so <c>not unknown</c> is true, as in maiev).</summary>
internal sealed class NotNode(RuleNode operand) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame) => Of(!IsTrue(operand.Evaluate(frame)));

    /// <inheritdoc />
    public override Expression Build(RuleExpressionContext context) => AsValue(Expression.Not(Truthy(operand.Build(context))));
}

/// <summary><c>a and b</c>, short-circuit.</summary>
internal sealed class AndNode(RuleNode left, RuleNode right) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame) => Of(IsTrue(left.Evaluate(frame)) && IsTrue(right.Evaluate(frame)));

    /// <inheritdoc />
    public override Expression Build(RuleExpressionContext context) =>
        AsValue(Expression.AndAlso(Truthy(left.Build(context)), Truthy(right.Build(context))));
}

/// <summary><c>a or b</c>, short-circuit.</summary>
internal sealed class OrNode(RuleNode left, RuleNode right) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame) => Of(IsTrue(left.Evaluate(frame)) || IsTrue(right.Evaluate(frame)));

    /// <inheritdoc />
    public override Expression Build(RuleExpressionContext context) =>
        AsValue(Expression.OrElse(Truthy(left.Build(context)), Truthy(right.Build(context))));
}

/// <summary><c>a xor b</c> (or <c>a ^ b</c>).</summary>
internal sealed class XorNode(RuleNode left, RuleNode right) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame) => Of(IsTrue(left.Evaluate(frame)) ^ IsTrue(right.Evaluate(frame)));

    /// <inheritdoc />
    public override Expression Build(RuleExpressionContext context) =>
        AsValue(Expression.ExclusiveOr(Truthy(left.Build(context)), Truthy(right.Build(context))));
}

/// <summary><c>x in {a, b}</c>; unknown is in no set.</summary>
internal sealed class InNode(RuleNode operand, double[] members) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame)
    {
        var value = operand.Evaluate(frame);
        foreach (var member in members)
        {
            if (member == value)
            {
                return 1;
            }
        }

        return 0;
    }

    /// <inheritdoc />
    public override Expression Build(RuleExpressionContext context) =>
        CallRuntime(nameof(RuleRuntime.In), operand.Build(context), Expression.Constant(members));
}
