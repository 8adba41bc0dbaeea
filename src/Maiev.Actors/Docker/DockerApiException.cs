namespace Maiev.Actors.Docker;

/// <summary>
/// A Docker Engine API call failed. Carries the daemon's own message (<see cref="DaemonMessage"/>),
/// the HTTP status, and whether a retry can help. Never carries registry credentials.
/// </summary>
internal sealed class DockerApiException(DockerErrorKind kind, string message, int? statusCode = null, string? daemonMessage = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>What went wrong.</summary>
    public DockerErrorKind Kind { get; } = kind;

    /// <summary>The HTTP status the daemon answered, or null when there was no answer.</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>The daemon's <c>message</c>, when it sent one.</summary>
    public string? DaemonMessage { get; } = daemonMessage;

    /// <summary>True when the same call may succeed later (unavailable, or out of sequence after a re-read).</summary>
    public bool IsTransient => Kind is DockerErrorKind.Unavailable or DockerErrorKind.OutOfSequence;
}
