using System.Text;

namespace Maiev.Runtime.Configuration;

/// <summary>
/// Path expressions as used by the getters: <c>a.b.c</c>, with double-quoted elements for keys that
/// contain dots or other special characters (<c>a."b.c"</c>).
/// </summary>
internal static class ConfigPath
{
    /// <summary>Splits a path expression into its elements.</summary>
    /// <exception cref="ConfigBadValueException">The expression is empty or malformed.</exception>
    public static string[] Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (expression.IndexOf('"', StringComparison.Ordinal) < 0)
        {
            var parts = expression.Split('.');
            foreach (var part in parts)
            {
                if (part.Length == 0 || part.Trim().Length != part.Length)
                    throw new ConfigBadValueException($"invalid path expression '{expression}': empty element or surrounding whitespace", null, expression);
            }

            return parts;
        }

        var elements = new List<string>();
        var current = new StringBuilder();
        var quotedElement = false;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '"')
            {
                var end = expression.IndexOf('"', i + 1);
                if (end < 0)
                    throw new ConfigBadValueException($"invalid path expression '{expression}': unterminated quote", null, expression);
                current.Append(expression, i + 1, end - i - 1);
                quotedElement = true;
                i = end;
            }
            else if (c == '.')
            {
                Finish();
            }
            else
            {
                current.Append(c);
            }
        }

        Finish();
        return [.. elements];

        void Finish()
        {
            if (current.Length == 0 && !quotedElement)
                throw new ConfigBadValueException($"invalid path expression '{expression}': empty element", null, expression);
            elements.Add(current.ToString());
            current.Clear();
            quotedElement = false;
        }
    }

    /// <summary>Renders elements as a path expression, quoting those that need it.</summary>
    public static string Render(IEnumerable<string> elements) => string.Join('.', elements.Select(RenderKey));

    /// <summary>A key as it can be written in HOCON: bare when safe, else JSON-quoted.</summary>
    public static string RenderKey(string key)
    {
        if (key.Length == 0 || key is "include" or "true" or "false" or "null")
            return Quote(key);
        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                return Quote(key);
        }

        return key;
    }

    /// <summary>JSON-quotes a string.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < ' ')
                        sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
