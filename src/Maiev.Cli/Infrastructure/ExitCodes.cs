namespace Maiev.Cli.Infrastructure;

/// <summary>
/// The documented process exit codes of <c>maiev</c> (docs/console.md). Scripts switch on these,
/// so a value never changes meaning.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>Anything not covered below: an unexpected answer or a bug.</summary>
    public const int Failure = 1;

    /// <summary>Bad arguments or options, or a file named on the command line is missing.</summary>
    public const int Usage = 2;

    /// <summary>The service (or the Swarm service to monitor) does not exist.</summary>
    public const int NotFound = 3;

    /// <summary>The node cannot be reached, timed out, or said it is unavailable (503).</summary>
    public const int Unreachable = 4;

    /// <summary>The node refused the request: an invalid spec, a bad scale, a conflict.</summary>
    public const int Refused = 5;

    /// <summary>The node requires a token, or rejected the one given.</summary>
    public const int Unauthorized = 6;

    /// <summary>Ctrl+C before the command finished (following events ends with 0 instead).</summary>
    public const int Interrupted = 130;
}
