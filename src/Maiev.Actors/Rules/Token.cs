namespace Maiev.Actors.Rules;

/// <summary>One token with where it starts in the expression (1-based line and column).</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">The source text (the unquoted value for strings).</param>
/// <param name="Number">The value of a number token.</param>
/// <param name="Position">Where the token starts.</param>
internal readonly record struct Token(TokenKind Kind, string Text, double Number, SourcePosition Position);
