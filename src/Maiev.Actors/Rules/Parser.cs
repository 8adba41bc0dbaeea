using System.Collections.Immutable;

namespace Maiev.Actors.Rules;

/// <summary>
/// Recursive-descent parser. Precedence, loosest first: <c>or</c>, <c>xor</c>, <c>and</c>,
/// <c>not</c>, comparisons and <c>in</c> (not chained), <c>+ -</c>, <c>* /</c>, unary minus.
/// </summary>
internal sealed class Parser
{
    private readonly List<Token> _tokens;
    private int _next;

    private Parser(List<Token> tokens) => _tokens = tokens;

    /// <summary>Parses a whole expression.</summary>
    /// <exception cref="RuleSyntaxException">The expression is not well formed; the position says where.</exception>
    public static Syntax Parse(string expression)
    {
        var parser = new Parser(Tokenizer.Tokenize(expression));
        if (parser.Peek.Kind == TokenKind.End)
        {
            throw new RuleSyntaxException("the expression is empty", parser.Peek.Position);
        }

        var result = parser.ParseOr();
        if (parser.Peek.Kind != TokenKind.End)
        {
            throw new RuleSyntaxException($"unexpected '{parser.Peek.Text}' after a complete expression", parser.Peek.Position);
        }

        return result;
    }

    private Token Peek => _tokens[_next];

    private Token Take() => _tokens[_next++];

    private Syntax ParseOr() => ParseLeft(ParseXor, TokenKind.Or);

    private Syntax ParseXor() => ParseLeft(ParseAnd, TokenKind.Xor);

    private Syntax ParseAnd() => ParseLeft(ParseNot, TokenKind.And);

    private Syntax ParseLeft(Func<Syntax> operand, params TokenKind[] operators)
    {
        var left = operand();
        while (Array.IndexOf(operators, Peek.Kind) >= 0)
        {
            var op = Take();
            left = new BinarySyntax(op.Kind, left, operand(), op.Position);
        }

        return left;
    }

    private Syntax ParseNot()
    {
        if (Peek.Kind == TokenKind.Not)
        {
            var op = Take();
            return new UnarySyntax(TokenKind.Not, ParseNot(), op.Position);
        }

        return ParseComparison();
    }

    private Syntax ParseComparison()
    {
        var left = ParseAdditive();
        if (Peek.Kind is TokenKind.Equal or TokenKind.NotEqual or TokenKind.Less or TokenKind.LessOrEqual
            or TokenKind.Greater or TokenKind.GreaterOrEqual or TokenKind.In)
        {
            var op = Take();
            var right = op.Kind == TokenKind.In ? ParseSet() : ParseAdditive();
            return new BinarySyntax(op.Kind, left, right, op.Position);
        }

        return left;
    }

    private Syntax ParseAdditive() => ParseLeft(ParseMultiplicative, TokenKind.Plus, TokenKind.Minus);

    private Syntax ParseMultiplicative() => ParseLeft(ParseUnary, TokenKind.Star, TokenKind.Slash);

    private Syntax ParseUnary()
    {
        if (Peek.Kind == TokenKind.Minus)
        {
            var op = Take();
            return new UnarySyntax(TokenKind.Minus, ParseUnary(), op.Position);
        }

        return ParsePrimary();
    }

    private Syntax ParsePrimary()
    {
        var token = Take();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new NumberSyntax(token.Number, token.Position);
            case TokenKind.String:
                return new StringSyntax(token.Text, token.Position);
            case TokenKind.Identifier:
                return new IdentifierSyntax(token.Text, token.Position);
            case TokenKind.OpenBrace:
                _next--;
                return ParseSet();
            case TokenKind.OpenParen:
                var inner = ParseOr();
                Expect(TokenKind.CloseParen, "')' to close the '(' at " + token.Position);
                return inner;
            case TokenKind.End:
                throw new RuleSyntaxException("the expression ends where a value was expected", token.Position);
            default:
                throw new RuleSyntaxException($"unexpected '{token.Text}' where a value was expected", token.Position);
        }
    }

    private SetSyntax ParseSet()
    {
        var open = Expect(TokenKind.OpenBrace, "'{' to start a set, e.g. {0, 1}");
        var items = ImmutableArray.CreateBuilder<Syntax>();
        if (Peek.Kind != TokenKind.CloseBrace)
        {
            do
            {
                items.Add(ParseUnary());
            }
            while (Peek.Kind == TokenKind.Comma && Take().Kind == TokenKind.Comma);
        }

        Expect(TokenKind.CloseBrace, "'}' or ',' in the set started at " + open.Position);
        return new SetSyntax(items.ToImmutable(), open.Position);
    }

    private Token Expect(TokenKind kind, string what)
    {
        var token = Peek;
        if (token.Kind != kind)
        {
            var found = token.Kind == TokenKind.End ? "the end of the expression" : $"'{token.Text}'";
            throw new RuleSyntaxException($"expected {what}, found {found}", token.Position);
        }

        return Take();
    }
}
