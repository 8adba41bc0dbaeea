using Maiev.Actors.Metrics;

namespace Maiev.Actors.Rules;

/// <summary>
/// Turns parsed syntax into evaluator nodes, resolving names and checking types. Values are
/// booleans, numbers and durations (<c>rules:x:since</c>); a string literal is only meaningful
/// compared with a duration and is read as one at compile time (maiev raised a TypeError at
/// evaluation time for a duration compared with a number; here it is a compile error).
/// </summary>
internal sealed class RuleBinder(IReadOnlyDictionary<string, int> resources, IReadOnlyDictionary<string, int> rules)
{
    private enum Kind
    {
        Bool,
        Number,
        Duration,
        Text,
        Set,
    }

    /// <summary>Binds a rule's whole expression; it must give a boolean or a number (read as truthy).</summary>
    /// <exception cref="RuleSyntaxException">An unknown name or a type mismatch, with its position.</exception>
    public RuleNode BindRule(Syntax syntax)
    {
        var (node, kind) = Bind(syntax);
        Require(kind is Kind.Bool or Kind.Number, syntax, "a rule must be a condition (true or false)");
        return node;
    }

    private (RuleNode Node, Kind Kind) Bind(Syntax syntax) => syntax switch
    {
        NumberSyntax n => (new ConstantNode(n.Value), Kind.Number),
        StringSyntax s => (new ConstantNode(double.NaN), Kind.Text),
        IdentifierSyntax id => BindIdentifier(id),
        SetSyntax set => throw new RuleSyntaxException("a set can only follow 'in', e.g. rmq:waiting in {0, 1}", set.Position),
        UnarySyntax { Operator: TokenKind.Not } u => (new NotNode(Logical(u.Operand)), Kind.Bool),
        UnarySyntax u => (new NegateNode(Numeric(u.Operand, "'-'")), Kind.Number),
        BinarySyntax b => BindBinary(b),
        _ => throw new RuleSyntaxException("unsupported expression", syntax.Position),
    };

    private (RuleNode, Kind) BindBinary(BinarySyntax b)
    {
        switch (b.Operator)
        {
            case TokenKind.And:
                return (new AndNode(Logical(b.Left), Logical(b.Right)), Kind.Bool);
            case TokenKind.Or:
                return (new OrNode(Logical(b.Left), Logical(b.Right)), Kind.Bool);
            case TokenKind.Xor:
                return (new XorNode(Logical(b.Left), Logical(b.Right)), Kind.Bool);
            case TokenKind.Plus or TokenKind.Minus or TokenKind.Star or TokenKind.Slash:
                var symbol = $"'{Symbol(b.Operator)}'";
                return (new ArithmeticNode(b.Operator, Numeric(b.Left, symbol), Numeric(b.Right, symbol)), Kind.Number);
            case TokenKind.In:
                return BindIn(b);
            default:
                return BindComparison(b);
        }
    }

    private (RuleNode, Kind) BindComparison(BinarySyntax b)
    {
        var (left, lk) = Bind(b.Left);
        var (right, rk) = Bind(b.Right);
        if (lk == Kind.Duration || rk == Kind.Duration)
        {
            left = AsDuration(left, lk, b.Left, b.Operator);
            right = AsDuration(right, rk, b.Right, b.Operator);
        }
        else
        {
            Require(lk is Kind.Bool or Kind.Number, b.Left, $"'{Symbol(b.Operator)}' compares numbers; a string is only compared with rules:<name>:since");
            Require(rk is Kind.Bool or Kind.Number, b.Right, $"'{Symbol(b.Operator)}' compares numbers; a string is only compared with rules:<name>:since");
        }

        return (new CompareNode(b.Operator, left, right), Kind.Bool);
    }

    private (RuleNode, Kind) BindIn(BinarySyntax b)
    {
        var (left, lk) = Bind(b.Left);
        var set = (SetSyntax)b.Right;
        Require(lk is Kind.Bool or Kind.Number or Kind.Duration, b.Left, "'in' needs a number or a duration on its left");
        var members = new double[set.Items.Length];
        for (var i = 0; i < members.Length; i++)
        {
            var (node, kind) = Bind(set.Items[i]);
            members[i] = lk == Kind.Duration
                ? ((ConstantNode)AsDuration(node, kind, set.Items[i], TokenKind.In)).Value
                : node is ConstantNode c && kind == Kind.Number ? c.Value
                : node is NegateNode && kind == Kind.Number && set.Items[i] is UnarySyntax { Operand: NumberSyntax n } ? -n.Value
                : throw new RuleSyntaxException("a set holds number literals, e.g. {0, 1}", set.Items[i].Position);
        }

        return (new InNode(left, members), Kind.Bool);
    }

    private (RuleNode, Kind) BindIdentifier(IdentifierSyntax id)
    {
        var parts = id.Name.Split(':');
        if (parts[0] == "rules")
        {
            if (parts.Length < 2 || parts.Length > 3 || (parts.Length == 3 && parts[2] != "since"))
            {
                throw new RuleSyntaxException($"'{id.Name}' is not a rule reference: use rules:<name> or rules:<name>:since", id.Position);
            }

            if (!rules.TryGetValue(parts[1], out var index))
            {
                throw new RuleSyntaxException($"unknown rule '{parts[1]}' in '{id.Name}'; rules: {Names(rules.Keys)}", id.Position);
            }

            return parts.Length == 2 ? (new RuleValueNode(index), Kind.Bool) : (new RuleSinceNode(index), Kind.Duration);
        }

        if (parts.Length != 2)
        {
            throw new RuleSyntaxException($"unknown identifier '{id.Name}': use <resource>:<metric> (resources: {Names(resources.Keys)}) or rules:<name>", id.Position);
        }

        if (!resources.TryGetValue(parts[0], out var resource))
        {
            throw new RuleSyntaxException($"unknown resource '{parts[0]}' in '{id.Name}'; resources: {Names(resources.Keys)}", id.Position);
        }

        var metric = QueueMetrics.Names.ToList().IndexOf(parts[1]);
        if (metric < 0)
        {
            throw new RuleSyntaxException($"unknown metric '{parts[1]}' in '{id.Name}'; metrics: {string.Join(", ", QueueMetrics.Names)}", id.Position);
        }

        var kind = (MetricKind)metric;
        return (new MetricNode(resource, kind), kind == MetricKind.Exists ? Kind.Bool : Kind.Number);
    }

    private static RuleNode AsDuration(RuleNode node, Kind kind, Syntax syntax, TokenKind op)
    {
        if (kind == Kind.Duration)
        {
            return node;
        }

        if (syntax is StringSyntax s)
        {
            return DurationText.TryParse(s.Value, out var duration)
                ? new ConstantNode(duration.TotalSeconds)
                : throw new RuleSyntaxException($"\"{s.Value}\" is not a duration (e.g. \"25s\", \"1 minutes\", \"0 d 0 h 0 m 20 s\")", s.Position);
        }

        throw new RuleSyntaxException($"'{Symbol(op)}' compares a duration with a {kind.ToString().ToLowerInvariant()}: write the duration as a string, e.g. \"25s\"", syntax.Position);
    }

    private RuleNode Logical(Syntax syntax)
    {
        var (node, kind) = Bind(syntax);
        Require(kind is Kind.Bool or Kind.Number, syntax, "'and', 'or', 'xor' and 'not' need conditions");
        return node;
    }

    private RuleNode Numeric(Syntax syntax, string op)
    {
        var (node, kind) = Bind(syntax);
        Require(kind == Kind.Number, syntax, $"{op} needs numbers");
        return node;
    }

    private static void Require(bool condition, Syntax at, string message)
    {
        if (!condition)
        {
            throw new RuleSyntaxException(message, at.Position);
        }
    }

    private static string Names(IEnumerable<string> names)
    {
        var list = names.Where(n => !n.StartsWith("__", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "(none)" : string.Join(", ", list);
    }

    private static string Symbol(TokenKind op) => op switch
    {
        TokenKind.Equal => "==",
        TokenKind.NotEqual => "!=",
        TokenKind.Less => "<",
        TokenKind.LessOrEqual => "<=",
        TokenKind.Greater => ">",
        TokenKind.GreaterOrEqual => ">=",
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        TokenKind.Slash => "/",
        TokenKind.In => "in",
        _ => op.ToString(),
    };
}
