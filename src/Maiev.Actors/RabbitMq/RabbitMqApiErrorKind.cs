namespace Maiev.Actors.RabbitMq;

/// <summary>Why a management API call failed.</summary>
internal enum RabbitMqApiErrorKind
{
    /// <summary>Connection refused, timeout, DNS, TLS or a 5xx answer: the API cannot be reached now; retry later.</summary>
    Unavailable,

    /// <summary>401: the credentials were refused. Retrying does not help until the configuration changes.</summary>
    Unauthorized,

    /// <summary>403: the user may not read this vhost.</summary>
    Forbidden,

    /// <summary>404 on something that is not a queue (a vhost that does not exist).</summary>
    NotFound,

    /// <summary>The API answered something that is not the expected JSON.</summary>
    InvalidResponse,
}
