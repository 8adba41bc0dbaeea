namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>
/// Builds the (unresolved) object tree from tokens: root braces may be omitted, fields are
/// separated by commas or newlines, duplicate keys merge, and includes are read in place.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Nesting deeper than this is rejected, so hostile input cannot exhaust the stack.</summary>
    internal const int MaxDepth = 200;

    private readonly List<Token> _tokens;
    private readonly string _origin;
    private readonly IncludeContext _include;
    private readonly string[] _basePrefix;
    private int _index;
    private int _depth;

    private Parser(List<Token> tokens, string origin, IncludeContext include, string[] basePrefix)
    {
        _tokens = tokens;
        _origin = origin;
        _include = include;
        _basePrefix = basePrefix;
    }

    /// <summary>Parses a whole document whose root object sits at <paramref name="basePrefix"/>.</summary>
    public static ConfigObject ParseDocument(string text, string origin, IncludeContext include, string[] basePrefix)
    {
        var parser = new Parser(Tokenizer.Tokenize(text, origin), origin, include, basePrefix);
        return parser.ParseRoot();
    }

    private Token Peek => _tokens[_index];

    private Token Next() => _tokens[_index++];

    private ConfigOrigin OriginOf(Token t) => new(_origin, t.Line, t.Column);

    private ConfigParseException Error(Token at, string message) => new(message, OriginOf(at));

    private static string Describe(Token t) => t.Kind switch
    {
        TokenKind.End => "the end of the input",
        TokenKind.Newline => "a newline",
        TokenKind.QuotedString => "a quoted string",
        TokenKind.Comment => "a comment",
        _ => $"'{t.Text}'",
    };

    private ConfigObject ParseRoot()
    {
        SkipSpace(newlines: true, comments: null);
        var first = Peek;
        ConfigObject root;
        if (first.Kind == TokenKind.OpenSquare)
            throw Error(first, "the root of a document must be an object, found a list");
        if (first.Kind == TokenKind.OpenCurly)
        {
            root = ParseObject(braced: true, _basePrefix);
            SkipSpace(newlines: true, comments: null);
            if (Peek.Kind != TokenKind.End)
                throw Error(Peek, $"unexpected {Describe(Peek)} after the root object");
        }
        else
        {
            root = ParseObject(braced: false, _basePrefix);
        }

        return root;
    }

    /// <summary>Skips whitespace (and newlines when asked); collects comments into <paramref name="comments"/>.</summary>
    private void SkipSpace(bool newlines, List<string>? comments)
    {
        var lastWasNewline = false;
        while (true)
        {
            var t = Peek;
            if (t.Kind == TokenKind.Whitespace)
            {
                _index++;
            }
            else if (t.Kind == TokenKind.Comment)
            {
                comments?.Add(t.Text.Trim());
                _index++;
                lastWasNewline = false;
            }
            else if (t.Kind == TokenKind.Newline && newlines)
            {
                if (lastWasNewline)
                    comments?.Clear(); // a blank line detaches the comments above it
                lastWasNewline = true;
                _index++;
            }
            else
            {
                return;
            }
        }
    }

    private void Enter(Token at)
    {
        if (++_depth > MaxDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Error(at, $"nesting is deeper than {MaxDepth} levels (objects, lists and path keys together)");
    }
}
