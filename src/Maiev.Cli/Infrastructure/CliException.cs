namespace Maiev.Cli.Infrastructure;

/// <summary>
/// A failure the console reports to the user and turns into an exit code: <see cref="Exception.Message"/>
/// says what went wrong, <see cref="Hint"/> what to do about it, <see cref="Details"/> lists
/// itemised errors (for example each validation error of a spec). Never carries a secret.
/// </summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates a failure with the exit code it ends the process with.</summary>
    public CliException(int exitCode, string message, string? hint = null, IReadOnlyList<string>? details = null, string? reason = null)
        : base(message)
    {
        ExitCode = exitCode;
        Hint = hint;
        Details = details ?? [];
        Reason = reason ?? message;
    }

    /// <summary>One of <see cref="ExitCodes"/>.</summary>
    public int ExitCode { get; }

    /// <summary>What the user can do next, or <see langword="null"/>.</summary>
    public string? Hint { get; }

    /// <summary>The node's own words (a ProblemDetails <c>detail</c>), or the message when there are none.</summary>
    public string Reason { get; }

    /// <summary>Itemised errors shown under the message, one per line.</summary>
    public IReadOnlyList<string> Details { get; }

    /// <summary>A usage error (exit code 2).</summary>
    public static CliException Usage(string message, string? hint = null) => new(ExitCodes.Usage, message, hint);
}
