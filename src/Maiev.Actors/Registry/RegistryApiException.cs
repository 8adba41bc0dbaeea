namespace Maiev.Actors.Registry;

/// <summary>
/// A registry call failed: <see cref="StatusCode"/> is the HTTP status (null when there was no answer),
/// <see cref="IsTransient"/> says whether a retry can help. Never carries credentials or tokens.
/// </summary>
internal sealed class RegistryApiException(string message, int? statusCode, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The HTTP status, or null when the registry could not be reached.</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>Unreachable, timeout or 5xx.</summary>
    public bool IsTransient => StatusCode is null or >= 500 or 429;

    /// <summary>401/403 even after authenticating.</summary>
    public bool IsUnauthorized => StatusCode is 401 or 403;
}
