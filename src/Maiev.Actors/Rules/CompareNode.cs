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
}

/// <summary>Unary minus.</summary>
internal sealed class NegateNode(RuleNode operand) : RuleNode
{
    /// <inheritdoc />
    public override double Evaluate(in EvalFrame frame) => -operand.Evaluate(frame);
}
