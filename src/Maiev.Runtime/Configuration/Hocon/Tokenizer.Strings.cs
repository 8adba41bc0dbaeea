using System.Globalization;
using System.Text;

namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>Quoted strings, triple-quoted strings and substitutions.</summary>
internal sealed partial class Tokenizer
{
    private void ReadQuoted(int line, int column)
    {
        _pos++; // opening quote
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
                throw Error("quoted string is not closed: expected '\"' before the end of the input", line, column);
            var c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                break;
            }

            if (c == '\n')
                throw Error("newline inside a quoted string; use \\n or a triple-quoted string");
            if (c == '\\')
            {
                ReadEscape(sb);
                continue;
            }

            if (c < ' ' && c != '\t')
                throw Error($"control character U+{(int)c:X4} inside a quoted string; escape it");
            sb.Append(c);
            _pos++;
        }

        _tokens.Add(new Token(TokenKind.QuotedString, sb.ToString(), line, column));
    }

    private void ReadEscape(StringBuilder sb)
    {
        var escapeColumn = Column;
        var next = Peek(1);
        _pos += 2;
        switch (next)
        {
            case '"': sb.Append('"'); break;
            case '\\': sb.Append('\\'); break;
            case '/': sb.Append('/'); break;
            case 'b': sb.Append('\b'); break;
            case 'f': sb.Append('\f'); break;
            case 'n': sb.Append('\n'); break;
            case 'r': sb.Append('\r'); break;
            case 't': sb.Append('\t'); break;
            case 'u':
                if (_pos + 4 > _text.Length || !int.TryParse(_text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    throw Error("\\u must be followed by four hexadecimal digits", _line, escapeColumn);
                sb.Append((char)code);
                _pos += 4;
                break;
            default:
                throw Error($"invalid escape '\\{(next == '\0' ? "" : next.ToString())}' in a quoted string; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", _line, escapeColumn);
        }
    }

    private void ReadTripleQuoted(int line, int column)
    {
        _pos += 3;
        var start = _pos;
        var end = _text.IndexOf("\"\"\"", _pos, StringComparison.Ordinal);
        if (end < 0)
            throw Error("triple-quoted string is not closed: expected '\"\"\"'", line, column);
        var quotes = end;
        while (quotes < _text.Length && _text[quotes] == '"')
            quotes++;

        // Extra quotes before the closing three belong to the string.
        var content = _text[start..(quotes - 3)];
        CountLines(start, quotes);
        _pos = quotes;
        _tokens.Add(new Token(TokenKind.QuotedString, content, line, column));
    }

    private void CountLines(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_text[i] == '\n')
            {
                _line++;
                _lineStart = i + 1;
            }
        }
    }

    private void ReadSubstitution(int line, int column)
    {
        if (Peek(1) != '{')
            throw Error("'$' must start a substitution '${...}'; quote the string if it contains '$'");
        var startIndex = _pos;
        _pos += 2;
        var optional = false;
        if (Peek(0) == '?')
        {
            optional = true;
            _pos++;
        }

        var outer = _tokens.Count;
        Run(insideSubstitution: true);
        var inner = _tokens.GetRange(outer, _tokens.Count - outer);
        _tokens.RemoveRange(outer, inner.Count);
        _pos++; // closing brace
        foreach (var t in inner)
        {
            if (t.Kind is TokenKind.Newline or TokenKind.Comment)
                throw Error("a substitution must be on one line and contain only a path", t.Line, t.Column);
            if (!t.IsSimple && t.Kind != TokenKind.Whitespace)
                throw Error($"'{t.Text}' is not allowed in a substitution path", t.Line, t.Column);
        }

        _tokens.Add(new Token(TokenKind.Substitution, _text[startIndex.._pos], line, column)
        {
            PathTokens = inner,
            Optional = optional,
        });
    }
}
