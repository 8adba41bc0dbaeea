namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>The lexical units of HOCON.</summary>
internal enum TokenKind
{
    End,
    Newline,
    Whitespace,
    Comment,
    Comma,
    Colon,
    Equals,
    PlusEquals,
    OpenCurly,
    CloseCurly,
    OpenSquare,
    CloseSquare,
    QuotedString,
    Unquoted,
    Number,
    True,
    False,
    Null,
    Substitution,
}
