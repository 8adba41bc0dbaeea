using System.Globalization;

namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>Unquoted text: strings, numbers, <c>true</c>, <c>false</c> and <c>null</c>.</summary>
internal sealed partial class Tokenizer
{
    private void ReadUnquoted(char first, int line, int column)
    {
        var start = _pos;
        var numeric = char.IsAsciiDigit(first) || first == '-';
        while (_pos < _text.Length)
        {
            var ch = _text[_pos];
            if (ch == '/' && Peek(1) == '/')
                break;
            if (ch == '+' && numeric && _pos > start && _text[_pos - 1] is 'e' or 'E')
            {
                _pos++;
                continue;
            }

            if (!IsUnquotedChar(ch))
                break;
            _pos++;
        }

        if (_pos == start)
            throw Error($"'{first}' is a reserved character; it is not allowed outside quotes");
        var text = _text[start.._pos];
        var kind = text switch
        {
            "true" => TokenKind.True,
            "false" => TokenKind.False,
            "null" => TokenKind.Null,
            _ when numeric && IsJsonNumber(text) => TokenKind.Number,
            _ => TokenKind.Unquoted,
        };
        if (kind == TokenKind.Unquoted && text.Contains('+', StringComparison.Ordinal))
            throw Error($"'+' is not allowed in the unquoted string '{text}'; quote it", line, column);
        _tokens.Add(new Token(kind, text, line, column));
    }

    /// <summary>The JSON number grammar: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    internal static bool IsJsonNumber(string s)
    {
        var i = 0;
        if (i < s.Length && s[i] == '-')
            i++;
        if (i >= s.Length || !char.IsAsciiDigit(s[i]))
            return false;
        if (s[i] == '0')
            i++;
        else
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            if (i >= s.Length || !char.IsAsciiDigit(s[i]))
                return false;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
                i++;
            if (i >= s.Length || !char.IsAsciiDigit(s[i]))
                return false;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        }

        return i == s.Length && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d);
    }
}
