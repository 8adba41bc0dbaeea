using System.Globalization;

namespace Maiev.Actors.Rules;

/// <summary>
/// Splits a rule expression into tokens. Numbers may use <c>,</c> as a thousands separator when
/// exactly three digits follow it (<c>1,000</c> is 1000; <c>{0, 1}</c> and <c>{0,1}</c> are two
/// numbers). Strings use <c>"</c> or <c>'</c>. Identifiers are segments of
/// <c>[A-Za-z_][A-Za-z0-9_]*</c> joined by <c>:</c>.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>, ending with an <see cref="TokenKind.End"/> token.</summary>
    /// <exception cref="RuleSyntaxException">An unexpected character or an unterminated string.</exception>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        int i = 0, line = 1, lineStart = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }

                i++;
            }

            var at = new SourcePosition(line, i - lineStart + 1);
            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, string.Empty, 0, at));
                return tokens;
            }

            var c = text[i];
            var start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                tokens.Add(ReadNumber(text, ref i, at));
                continue;
            }

            if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new RuleSyntaxException($"string starting with {c} is not closed", at);
                }

                tokens.Add(new Token(TokenKind.String, text[(i + 1)..end], 0, at));
                i = end + 1;
                continue;
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'
                    || (text[i] == ':' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '_'))))
                {
                    i++;
                }

                var word = text[start..i];
                var kind = word switch
                {
                    "and" => TokenKind.And,
                    "or" => TokenKind.Or,
                    "xor" => TokenKind.Xor,
                    "not" => TokenKind.Not,
                    "in" => TokenKind.In,
                    _ => TokenKind.Identifier,
                };
                tokens.Add(new Token(kind, word, 0, at));
                continue;
            }

            var two = i + 1 < text.Length ? text.Substring(i, 2) : string.Empty;
            TokenKind? op = two switch
            {
                "==" => TokenKind.Equal,
                "!=" => TokenKind.NotEqual,
                "<=" => TokenKind.LessOrEqual,
                ">=" => TokenKind.GreaterOrEqual,
                _ => null,
            };
            if (op is not null)
            {
                tokens.Add(new Token(op.Value, two, 0, at));
                i += 2;
                continue;
            }

            op = c switch
            {
                '<' => TokenKind.Less,
                '>' => TokenKind.Greater,
                '+' => TokenKind.Plus,
                '-' => TokenKind.Minus,
                '*' => TokenKind.Star,
                '/' => TokenKind.Slash,
                '(' => TokenKind.OpenParen,
                ')' => TokenKind.CloseParen,
                '{' => TokenKind.OpenBrace,
                '}' => TokenKind.CloseBrace,
                ',' => TokenKind.Comma,
                '&' => TokenKind.And,
                '|' => TokenKind.Or,
                '^' => TokenKind.Xor,
                '~' => TokenKind.Not,
                _ => null,
            };
            if (op is null)
            {
                throw new RuleSyntaxException($"unexpected character '{c}'", at);
            }

            tokens.Add(new Token(op.Value, c.ToString(), 0, at));
            i++;
        }
    }

    private static Token ReadNumber(string text, ref int i, SourcePosition at)
    {
        var digits = new System.Text.StringBuilder();
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]) || text[i] == '.')
            {
                digits.Append(text[i++]);
            }
            else if (text[i] == ',' && ThreeDigitsFollow(text, i))
            {
                i++; // thousands separator
            }
            else
            {
                break;
            }
        }

        var raw = digits.ToString();
        if (!double.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new RuleSyntaxException($"'{raw}' is not a number", at);
        }

        return new Token(TokenKind.Number, raw, value, at);
    }

    private static bool ThreeDigitsFollow(string text, int comma) =>
        text.Length > comma + 3
        && char.IsAsciiDigit(text[comma + 1]) && char.IsAsciiDigit(text[comma + 2]) && char.IsAsciiDigit(text[comma + 3])
        && (comma + 4 >= text.Length || !char.IsAsciiDigit(text[comma + 4]));
}
