namespace Maiev.Actors.Rules;

/// <summary>A rule expression that cannot be compiled, with where the problem is.</summary>
internal sealed class RuleSyntaxException : Exception
{
    /// <summary>Creates the error.</summary>
    public RuleSyntaxException(string message, SourcePosition position)
        : base($"{message} (at {position})")
    {
        Detail = message;
        Position = position;
    }

    /// <summary>Creates an error without a position (for serializers and tooling).</summary>
    public RuleSyntaxException()
        : this("invalid rule expression", new SourcePosition(1, 1))
    {
    }

    /// <summary>Creates an error without a position.</summary>
    public RuleSyntaxException(string message)
        : this(message, new SourcePosition(1, 1))
    {
    }

    /// <summary>Creates an error wrapping another.</summary>
    public RuleSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Detail = message;
        Position = new SourcePosition(1, 1);
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Detail { get; } = string.Empty;

    /// <summary>Where in the expression it is wrong.</summary>
    public SourcePosition Position { get; }
}
