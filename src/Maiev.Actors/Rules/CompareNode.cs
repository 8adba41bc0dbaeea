using System.Linq.Expressions;
using static Maiev.Actors.Rules.RuleExpressionContext;

namespace Maiev.Actors.Rules;

/// <summary>
/// A comparison with maiev's treatment of unknown values: <c>==</c>, <c>&lt;</c> and <c>&gt;</c>
/// are false when either side is unknown; <c>!=</c>, <c>&lt;=</c> and <c>&gt;=</c> are their
/// negations (<c>not ==</c>, <c>not &gt;</c>, <c>not &lt;</c>) and so are true.
/// </summary>
internal sealed class CompareNode(TokenKind op, RuleNode left, RuleNode right) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame)
    {
        var l = left.Evaluate(frame);
        var r = right.Evaluate(frame);
        return Of(op switch
        {
            TokenKind.Equal => l == r,
            TokenKind.NotEqual => !(l == r),
            TokenKind.Less => l < r,
            TokenKind.Greater => l > r,
            TokenKind.LessOrEqual => !(l > r),
            _ => !(l < r),
        });
    }

    /// <inheritdoc />
    public override Expression Build(RuleExpressionContext context)
    {
        // Doubles compare as IEEE (ordered): NaN makes ==, <, > false, and the negated forms true.
        var l = left.Build(context);
        var r = right.Build(context);
        return AsValue(op switch
        {
            TokenKind.Equal => Expression.Equal(l, r),
            TokenKind.NotEqual => Expression.Not(Expression.Equal(l, r)),
            TokenKind.Less => Expression.LessThan(l, r),
            TokenKind.Greater => Expression.GreaterThan(l, r),
            TokenKind.LessOrEqual => Expression.Not(Expression.GreaterThan(l, r)),
            _ => Expression.Not(Expression.LessThan(l, r)),
        });
    }
}

/// <summary>Arithmetic; unknown in gives unknown out, and so does division by zero.</summary>
internal sealed class ArithmeticNode(TokenKind op, RuleNode left, RuleNode right) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame)
    {
        var l = left.Evaluate(frame);
        var r = right.Evaluate(frame);
        return op switch
        {
            TokenKind.Plus => l + r,
            TokenKind.Minus => l - r,
            TokenKind.Star => l * r,
            _ => r == 0 ? double.NaN : l / r,
        };
    }

    /// <inheritdoc />
    public override Expression Build(RuleExpressionContext context)
    {
        var l = left.Build(context);
        var r = right.Build(context);
        return op switch
        {
            TokenKind.Plus => Expression.Add(l, r),
            TokenKind.Minus => Expression.Subtract(l, r),
            TokenKind.Star => Expression.Multiply(l, r),
            _ => CallRuntime(nameof(RuleRuntime.Divide), l, r),
        };
    }
}

/// <summary>Unary minus.</summary>
internal sealed class NegateNode(RuleNode operand) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame) => -operand.Evaluate(frame);

    /// <inheritdoc />
    public override Expression Build(RuleExpressionContext context) => Expression.Negate(operand.Build(context));
}
