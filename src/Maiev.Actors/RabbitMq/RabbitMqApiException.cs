namespace Maiev.Actors.RabbitMq;

/// <summary>
/// A management API call failed. Says who is at fault (<see cref="Kind"/>) and whether a retry can
/// help (<see cref="IsTransient"/>). The message names the endpoint by user and address, never the password.
/// </summary>
internal sealed class RabbitMqApiException(RabbitMqApiErrorKind kind, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>What went wrong.</summary>
    public RabbitMqApiErrorKind Kind { get; } = kind;

    /// <summary>True when the same call may succeed later without a configuration change.</summary>
    public bool IsTransient => Kind == RabbitMqApiErrorKind.Unavailable;
}
