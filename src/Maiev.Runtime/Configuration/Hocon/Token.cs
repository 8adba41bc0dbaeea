namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>One token: its kind, its text (string content for quoted strings), and where it starts.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Line, int Column)
{
    /// <summary>For substitutions: the pieces of the path expression inside <c>${ }</c>.</summary>
    public List<Token>? PathTokens { get; init; }

    /// <summary>For substitutions: true for <c>${?path}</c>.</summary>
    public bool Optional { get; init; }

    /// <summary>True for the tokens that may form a key or a simple value.</summary>
    public bool IsSimple => Kind is TokenKind.QuotedString or TokenKind.Unquoted or TokenKind.Number
        or TokenKind.True or TokenKind.False or TokenKind.Null;
}
