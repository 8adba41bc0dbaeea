namespace Maiev.Actors.Rules;

/// <summary>The kinds of token in a rule expression.</summary>
internal enum TokenKind
{
    /// <summary>End of the expression.</summary>
    End,
    /// <summary>A number (thousands separators removed).</summary>
    Number,
    /// <summary>A quoted string.</summary>
    String,
    /// <summary>A namespaced identifier such as <c>rmq:latency</c> or <c>rules:x:since</c>.</summary>
    Identifier,
    /// <summary><c>and</c> or <c>&amp;</c>.</summary>
    And,
    /// <summary><c>or</c> or <c>|</c>.</summary>
    Or,
    /// <summary><c>xor</c> or <c>^</c>.</summary>
    Xor,
    /// <summary><c>not</c> or <c>~</c>.</summary>
    Not,
    /// <summary><c>in</c>.</summary>
    In,
    /// <summary><c>==</c>.</summary>
    Equal,
    /// <summary><c>!=</c>.</summary>
    NotEqual,
    /// <summary><c>&lt;</c>.</summary>
    Less,
    /// <summary><c>&lt;=</c>.</summary>
    LessOrEqual,
    /// <summary><c>&gt;</c>.</summary>
    Greater,
    /// <summary><c>&gt;=</c>.</summary>
    GreaterOrEqual,
    /// <summary><c>+</c>.</summary>
    Plus,
    /// <summary><c>-</c>.</summary>
    Minus,
    /// <summary><c>*</c>.</summary>
    Star,
    /// <summary><c>/</c>.</summary>
    Slash,
    /// <summary><c>(</c>.</summary>
    OpenParen,
    /// <summary><c>)</c>.</summary>
    CloseParen,
    /// <summary><c>{</c>.</summary>
    OpenBrace,
    /// <summary><c>}</c>.</summary>
    CloseBrace,
    /// <summary><c>,</c>.</summary>
    Comma,
}
