namespace Maiev.Actors.Services;

/// <summary>Why a command was refused; the node maps it to an HTTP status (404, 422, 409, 503).</summary>
internal enum RejectionKind
{
    /// <summary>The service is not monitored.</summary>
    NotFound,

    /// <summary>The command or its spec is invalid; see the errors.</summary>
    Validation,

    /// <summary>The command conflicts with the service's state (e.g. an upgrade in flight).</summary>
    Conflict,

    /// <summary>The service cannot answer now (journal unavailable, recovering).</summary>
    Unavailable,
}
