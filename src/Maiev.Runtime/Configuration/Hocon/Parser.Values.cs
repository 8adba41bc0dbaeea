namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>Values, value concatenations and lists.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// Parses one value: a concatenation of simple values, substitutions, objects and lists that
    /// ends at a newline, comma, closing bracket, comment or the end.
    /// </summary>
    /// <param name="prefix">The absolute path of the object holding the field (null inside lists).</param>
    /// <param name="key">The field's key (null for list elements).</param>
    /// <param name="separator">The separator before the value, for error messages.</param>
    private ConfigValue ParseValue(string[]? prefix, string[]? key, Token? separator)
    {
        var start = Peek;
        ConfigValue? first = null;
        List<ConfigValue>? pieces = null;
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
                    if (first is not null)
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
                    piece = ParseObject(braced: true, prefix is null || key is null ? null : [.. prefix, .. key]);
                    break;
                case TokenKind.OpenSquare:
                    piece = ParseList();
                    break;
                default:
                    if (first is null)
                        throw Error(t, $"expected a value{Context(key, separator)}, found {Describe(t)}");
                    return pieces is null ? first : Concatenate(pieces, hasSubstitution, start);
            }

            if (first is null)
            {
                first = piece;
                continue;
            }

            pieces ??= [first];
            if (pendingSpace is { } space)
            {
                pieces.Add(ConfigScalar.Whitespace(space.Text, OriginOf(space)));
                pendingSpace = null;
            }

            pieces.Add(piece);
        }
    }

    private static string Context(string[]? key, Token? separator) => (key, separator) switch
    {
        (null, _) => " in a list",
        (_, { } s) => $" after '{s.Text}' for the key '{ConfigPath.Render(key)}'",
        _ => "",
    };

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
            items.Add(ParseValue(null, null, null));
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
