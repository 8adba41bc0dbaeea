namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>Values, value concatenations and lists.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// Parses one value: a concatenation of simple values, substitutions, objects and lists that
    /// ends at a newline, comma, closing bracket, comment or the end.
    /// </summary>
    private ConfigValue ParseValue(string[]? path, string context)
    {
        var start = Peek;
        var pieces = new List<ConfigValue>();
        Token? pendingSpace = null;
        var hasSubstitution = false;
        while (true)
        {
            var t = Peek;
            ConfigValue piece;
            switch (t.Kind)
            {
                case TokenKind.Whitespace:
                    _index++;
                    if (pieces.Count > 0)
                        pendingSpace = t;
                    continue;
                case TokenKind.QuotedString or TokenKind.Unquoted:
                    piece = ConfigScalar.OfString(t.Text, OriginOf(t));
                    _index++;
                    break;
                case TokenKind.Number:
                    piece = ConfigScalar.OfNumber(t.Text, OriginOf(t));
                    _index++;
                    break;
                case TokenKind.True or TokenKind.False:
                    piece = ConfigScalar.OfBoolean(t.Kind == TokenKind.True, OriginOf(t));
                    _index++;
                    break;
                case TokenKind.Null:
                    piece = ConfigScalar.Null(OriginOf(t));
                    _index++;
                    break;
                case TokenKind.Substitution:
                    piece = Substitution(t);
                    hasSubstitution = true;
                    _index++;
                    break;
                case TokenKind.OpenCurly:
                    piece = ParseObject(braced: true, path);
                    break;
                case TokenKind.OpenSquare:
                    piece = ParseList();
                    break;
                default:
                    if (pieces.Count == 0)
                    {
                        var where = context.Length == 0 ? "" : " " + context;
                        throw Error(t, $"expected a value{where}, found {Describe(t)}");
                    }

                    return Concatenate(pieces, hasSubstitution, start);
            }

            if (pendingSpace is { } space)
            {
                pieces.Add(ConfigScalar.Whitespace(space.Text, OriginOf(space)));
                pendingSpace = null;
            }

            pieces.Add(piece);
        }
    }

    private ConfigValue Concatenate(List<ConfigValue> pieces, bool hasSubstitution, Token start)
    {
        if (pieces.Count == 1)
            return pieces[0];
        if (hasSubstitution)
            return new ConfigConcatenation(pieces, OriginOf(start));
        var joined = ConfigConcat.Join(pieces, OriginOf(start), out var problem);
        return joined ?? throw new ConfigParseException(problem!.Value.Message, problem.Value.Origin);
    }

    private ConfigList ParseList()
    {
        var open = Next();
        Enter(open);
        var items = new List<ConfigValue>();
        while (true)
        {
            SkipSpace(newlines: true, comments: null);
            var t = Peek;
            if (t.Kind == TokenKind.CloseSquare)
            {
                _index++;
                break;
            }

            if (t.Kind == TokenKind.End)
                throw Error(t, $"expected ']' to close the list opened at line {open.Line}, column {open.Column}");
            if (t.Kind == TokenKind.Comma)
                throw Error(t, "unexpected ',' in a list: an element is missing");
            items.Add(ParseValue(null, "in a list"));
            SkipSpace(newlines: false, comments: null);
            var after = Peek;
            if (after.Kind == TokenKind.End)
                throw Error(after, $"expected ']' to close the list opened at line {open.Line}, column {open.Column}");
            if (after.Kind == TokenKind.Comma)
                _index++;
            else if (after.Kind is not (TokenKind.Newline or TokenKind.CloseSquare))
                throw Error(after, $"expected ',', a newline or ']' after a list element, found {Describe(after)}");
        }

        _depth--;
        return new ConfigList(items, OriginOf(open));
    }
}
