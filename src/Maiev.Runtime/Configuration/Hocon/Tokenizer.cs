using System.Globalization;
using System.Text;

namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>
/// Turns HOCON text into tokens. Newlines are tokens (they separate fields); other whitespace is
/// kept as a token because it matters inside value concatenations.
/// </summary>
internal sealed partial class Tokenizer
{
    private readonly string _text;
    private readonly string _origin;
    private readonly List<Token> _tokens;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private Tokenizer(string text, string origin)
    {
        _text = text;
        _origin = origin;
        _tokens = new List<Token>(Math.Min(text.Length / 3 + 4, 1 << 20));
    }

    /// <summary>Tokenizes <paramref name="text"/>; the last token is <see cref="TokenKind.End"/>.</summary>
    /// <exception cref="ConfigParseException">A character or string is malformed; the origin points at it.</exception>
    public static List<Token> Tokenize(string text, string origin)
    {
        var tokenizer = new Tokenizer(text, origin);
        tokenizer.Run(insideSubstitution: false);
        tokenizer._tokens.Add(new Token(TokenKind.End, "", tokenizer._line, tokenizer.Column));
        return tokenizer._tokens;
    }

    private int Column => _pos - _lineStart + 1;

    private ConfigParseException Error(string message, int line, int column) =>
        new(message, new ConfigOrigin(_origin, line, column));

    private ConfigParseException Error(string message) => Error(message, _line, Column);

    /// <summary>Reads tokens until the end (or the closing brace of a substitution).</summary>
    private void Run(bool insideSubstitution)
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            var line = _line;
            var column = Column;
            if (insideSubstitution && c == '}')
                return;
            if (c == '\n')
            {
                _pos++;
                _tokens.Add(new Token(TokenKind.Newline, "\n", line, column));
                _line++;
                _lineStart = _pos;
            }
            else if (IsWhitespace(c))
            {
                var start = _pos;
                while (_pos < _text.Length && _text[_pos] != '\n' && IsWhitespace(_text[_pos]))
                    _pos++;

                // Whitespace only matters after a value or key part (it may join the next one);
                // indentation and space after punctuation are dropped here to keep the token list small.
                if (_tokens.Count > 0 && _tokens[^1].Kind is TokenKind.QuotedString or TokenKind.Unquoted or TokenKind.Number
                        or TokenKind.True or TokenKind.False or TokenKind.Null or TokenKind.Substitution
                        or TokenKind.CloseCurly or TokenKind.CloseSquare)
                    _tokens.Add(new Token(TokenKind.Whitespace, Spaces(start, _pos), line, column));
            }
            else if (c == '#' || (c == '/' && Peek(1) == '/'))
            {
                var start = _pos + (c == '#' ? 1 : 2);
                var end = _text.IndexOf('\n', start);
                if (end < 0)
                    end = _text.Length;
                _pos = end;
                _tokens.Add(new Token(TokenKind.Comment, _text[start..end], line, column));
            }
            else if (insideSubstitution && c is not ('"' or '.') && !IsUnquotedChar(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                throw Error($"'{c}' is not allowed in a substitution path; quote the key or close the substitution with '}}'");
            }
            else
            {
                ReadToken(c, line, column);
            }
        }

        if (insideSubstitution)
            throw Error("substitution is not closed: expected '}'");
    }

    private void ReadToken(char c, int line, int column)
    {
        switch (c)
        {
            case ',': Single(TokenKind.Comma); return;
            case ':': Single(TokenKind.Colon); return;
            case '=': Single(TokenKind.Equals); return;
            case '{': Single(TokenKind.OpenCurly); return;
            case '}': Single(TokenKind.CloseCurly); return;
            case '[': Single(TokenKind.OpenSquare); return;
            case ']': Single(TokenKind.CloseSquare); return;
            case '"':
                if (Peek(1) == '"' && Peek(2) == '"')
                    ReadTripleQuoted(line, column);
                else
                    ReadQuoted(line, column);
                return;
            case '$':
                ReadSubstitution(line, column);
                return;
            case '+':
                if (Peek(1) != '=')
                    throw Error("'+' is only allowed as part of '+='; quote the string if it contains '+'");
                _pos += 2;
                _tokens.Add(new Token(TokenKind.PlusEquals, "+=", line, column));
                return;
            default:
                ReadUnquoted(c, line, column);
                return;
        }

        void Single(TokenKind kind)
        {
            _pos++;
            _tokens.Add(new Token(kind, Punctuation[c - ','], line, column));
        }
    }

    /// <summary>One string per ASCII character from ',' to '}', so punctuation tokens allocate nothing.</summary>
    private static readonly string[] Punctuation = [.. Enumerable.Range(',', '}' - ',' + 1).Select(i => ((char)i).ToString())];

    private static readonly string[] SpaceRuns = [.. Enumerable.Range(0, 33).Select(n => new string(' ', n))];

    /// <summary>Runs of plain spaces (indentation) come from a cache instead of a new string each.</summary>
    private string Spaces(int start, int end)
    {
        var length = end - start;
        if (length < SpaceRuns.Length && _text.AsSpan(start, length).IndexOfAnyExcept(' ') < 0)
            return SpaceRuns[length];
        return _text[start..end];
    }

    private char Peek(int ahead) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    /// <summary>Whitespace per the spec: Unicode space separators, the usual ASCII controls, and the BOM.</summary>
    internal static bool IsWhitespace(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\uFEFF' or '\u001C' or '\u001D' or '\u001E' or '\u001F' => true,
        _ => c > 127 && char.IsWhiteSpace(c),
    };

    /// <summary>Characters allowed in unquoted strings (besides the '//' rule).</summary>
    internal static bool IsUnquotedChar(char c) => c switch
    {
        '$' or '"' or '{' or '}' or '[' or ']' or ':' or '=' or ',' or '+' or '#' or '`' or '^' or '?' or '!' or '@' or '*' or '&' or '\\' => false,
        _ => !IsWhitespace(c),
    };
}
