namespace Maiev.Actors.Docker;

/// <summary>Why a Docker Engine API call failed.</summary>
internal enum DockerErrorKind
{
    /// <summary>The daemon cannot be reached, timed out, or failed on its side (5xx); retry later.</summary>
    Unavailable,

    /// <summary>404: the service, task, image or reference does not exist.</summary>
    NotFound,

    /// <summary>HTTP 500 "update out of sequence": the service changed since it was read; re-read and retry.</summary>
    OutOfSequence,

    /// <summary>409: the request conflicts with the current state (a name already in use).</summary>
    Conflict,

    /// <summary>401/403: the daemon or registry refused the credentials.</summary>
    Unauthorized,

    /// <summary>400 or a request Maiev refuses to send (scaling a global service): fix the input.</summary>
    Invalid,
}
