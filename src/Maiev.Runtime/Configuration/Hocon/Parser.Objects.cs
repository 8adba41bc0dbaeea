using System.Text;

namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>Objects, fields and keys.</summary>
internal sealed partial class Parser
{
    /// <summary>Parses an object; <paramref name="prefix"/> is its absolute path (null inside lists).</summary>
    private ConfigObject ParseObject(bool braced, string[]? prefix)
    {
        var open = Peek;
        if (braced)
        {
            Enter(open);
            _index++;
        }

        var fields = ConfigObject.NewFields();
        var comments = new List<string>();
        while (true)
        {
            SkipSpace(newlines: true, comments);
            var t = Peek;
            if (t.Kind == TokenKind.End)
            {
                if (braced)
                    throw Error(t, $"expected '}}' to close the object opened at line {open.Line}, column {open.Column}");
                break;
            }

            if (t.Kind == TokenKind.CloseCurly)
            {
                if (!braced)
                    throw Error(t, "unbalanced '}': there is no '{' to close");
                _index++;
                break;
            }

            if (t.Kind == TokenKind.Unquoted && t.Text == "include" && IsIncludeStatement())
                ParseInclude(fields, prefix);
            else
                ParseField(fields, prefix, comments);
            comments.Clear();

            SkipSpace(newlines: false, comments: null);
            var after = Peek;
            if (after.Kind == TokenKind.Comma)
            {
                _index++;
                SkipSpace(newlines: true, comments);
                if (Peek.Kind == TokenKind.Comma)
                    throw Error(Peek, "two commas in a row; remove one");
            }
            else if (after.Kind is not (TokenKind.Newline or TokenKind.CloseCurly or TokenKind.End))
            {
                throw Error(after, $"expected ',' or a newline after a field, found {Describe(after)}");
            }
        }

        if (braced)
            _depth--;
        return ConfigObject.From(fields, OriginOf(open));
    }

    private void ParseField(OrderedDictionary<string, ConfigValue> fields, string[]? prefix, List<string> comments)
    {
        var keyToken = Peek;
        var key = ParseKey();
        _depth += key.Length - 1; // a.b.c = { ... } nests as deeply as a { b { c { ... } } }
        if (_depth > MaxDepth)
            throw Error(keyToken, $"nesting is deeper than {MaxDepth} levels (objects, lists and path keys together)");
        SkipSpace(newlines: true, comments: null);
        var separator = Peek;
        ConfigValue value;
        switch (separator.Kind)
        {
            case TokenKind.Colon or TokenKind.Equals or TokenKind.PlusEquals:
                _index++;
                SkipSpace(newlines: true, comments: null);
                value = ParseValue(prefix, key, separator);
                if (separator.Kind == TokenKind.PlusEquals)
                    value = Append(prefix is null ? null : [.. prefix, .. key], value, separator);
                break;
            case TokenKind.OpenCurly:
                value = ParseValue(prefix, key, null);
                break;
            default:
                throw Error(separator, $"expected ':', '=', '+=' or '{{' after the key '{ConfigPath.Render(key)}', found {Describe(separator)}");
        }

        _depth -= key.Length - 1;
        if (comments.Count > 0)
            value = value.WithOrigin(value.Origin with { Comments = [.. comments] });
        var nested = key.Length == 1 ? value : ConfigObject.Nest(key, 1, value, OriginOf(keyToken));
        fields[key[0]] = fields.TryGetValue(key[0], out var previous) ? ConfigMerge.Merge(previous, nested) : nested;
    }

    /// <summary><c>a += b</c> is <c>a = ${?a} [b]</c>.</summary>
    private ConfigConcatenation Append(string[]? fullPath, ConfigValue value, Token separator)
    {
        if (fullPath is null)
            throw Error(separator, "'+=' cannot be used inside a list element: there is no path to append to");
        var origin = OriginOf(separator);
        return new ConfigConcatenation(
            [new ConfigSubstitution(fullPath, null, optional: true, origin), new ConfigList([value], value.Origin)],
            origin);
    }

    private string[] ParseKey()
    {
        var start = Peek;
        if (start.Kind == TokenKind.Unquoted && !start.Text.Contains('.', StringComparison.Ordinal))
        {
            // The common case, one plain word: no path splitting needed.
            var after = _tokens[_index + 1];
            if (!after.IsSimple && after.Kind != TokenKind.Substitution
                && !(after.Kind == TokenKind.Whitespace && (_tokens[_index + 2].IsSimple || _tokens[_index + 2].Kind == TokenKind.Substitution)))
            {
                _index++;
                return [start.Text];
            }
        }

        var pieces = new List<Token>();
        while (Peek.IsSimple || Peek.Kind == TokenKind.Whitespace)
            pieces.Add(Next());
        while (pieces.Count > 0 && pieces[^1].Kind == TokenKind.Whitespace)
            pieces.RemoveAt(pieces.Count - 1);
        if (pieces.Count == 0)
        {
            var what = start.Kind == TokenKind.Substitution ? "substitutions are not allowed in keys" : $"expected a key, found {Describe(start)}";
            throw Error(start, what);
        }

        if (Peek.Kind == TokenKind.Substitution)
            throw Error(Peek, "substitutions are not allowed in keys");
        return BuildPath(pieces, start);
    }

    /// <summary>Joins key tokens into path elements: unquoted text splits on '.', quoted text never does.</summary>
    private string[] BuildPath(List<Token> pieces, Token at)
    {
        if (pieces.Count == 1 && pieces[0].Kind != TokenKind.QuotedString)
        {
            // One unquoted part (a.b.c): split it; an empty element is the only possible error.
            var parts = pieces[0].Text.Split('.');
            if (Array.IndexOf(parts, "") < 0 && parts.Length <= MaxDepth)
                return parts;
        }

        var elements = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var piece in pieces)
        {
            if (piece.Kind == TokenKind.QuotedString)
            {
                current.Append(piece.Text);
                quoted = true;
                continue;
            }

            var parts = piece.Text.Split('.');
            current.Append(parts[0]);
            for (var i = 1; i < parts.Length; i++)
            {
                Finish(piece);
                current.Append(parts[i]);
            }
        }

        Finish(pieces.Count > 0 ? pieces[^1] : at);
        if (elements.Count > MaxDepth)
            throw Error(at, $"a path has more than {MaxDepth} elements");
        return [.. elements];

        void Finish(Token where)
        {
            if (current.Length == 0 && !quoted)
                throw Error(where, "a path has an empty element (two dots in a row, or a leading or trailing dot); quote the key if the dot is part of it");
            elements.Add(current.ToString());
            current.Clear();
            quoted = false;
        }
    }

    /// <summary>Builds a substitution, fixed up to the include point when this document was included.</summary>
    private ConfigSubstitution Substitution(Token t)
    {
        var all = t.PathTokens!;
        var first = 0;
        var end = all.Count;
        while (first < end && all[first].Kind == TokenKind.Whitespace)
            first++;
        while (end > first && all[end - 1].Kind == TokenKind.Whitespace)
            end--;
        if (first == end)
            throw Error(t, "a substitution needs a path: '${}' is empty");
        var pieces = first == 0 && end == all.Count ? all : all.GetRange(first, end - first);
        var path = BuildPath(pieces, t);
        return _basePrefix.Length == 0
            ? new ConfigSubstitution(path, null, t.Optional, OriginOf(t))
            : new ConfigSubstitution([.. _basePrefix, .. path], path, t.Optional, OriginOf(t));
    }
}
