using Maiev.Actors.Services;
using Maiev.Runtime.Actors;
using Microsoft.AspNetCore.Http;

namespace Maiev.Node.Api;

/// <summary>Asks an actor with the node's timeout and turns the failure cases into ProblemDetails.</summary>
internal sealed class ActorGateway(TimeSpan timeout)
{
    /// <summary>The reply, or a problem: a timeout or a failed reply answers 503 <c>unavailable</c>.</summary>
    public async Task<(object? Reply, IResult? Problem)> AskAsync(HttpContext http, IActorRef target, object message)
    {
        try
        {
            var reply = await target.Ask<object>(message, timeout, http.RequestAborted).ConfigureAwait(false);
            return (reply, null);
        }
        catch (AskTimeoutException)
        {
            return (null, Problems.Unavailable(http, $"No answer from the {Describe(message)} within {timeout.TotalSeconds:0.#}s; retry later."));
        }
    }

    /// <summary>The problem for a rejection: NotFound 404, Validation 400, Conflict 409, Unavailable 503.</summary>
    public static IResult Rejected(HttpContext http, CommandRejected rejected) => rejected.Kind switch
    {
        RejectionKind.NotFound => Problems.NotFound(http, rejected.Message),
        RejectionKind.Validation => Problems.Validation(http, "The request is invalid.",
            $"{rejected.Message}; nothing was stored.", rejected.Errors.Count > 0 ? rejected.Errors : [new Maiev.Actors.Specs.SpecError("$", rejected.Message)]),
        RejectionKind.Conflict => Problems.Conflict(http, rejected.Message),
        _ => Problems.Unavailable(http, rejected.Message),
    };

    /// <summary>A reply of an unexpected type: 500.</summary>
    public static IResult Unexpected(HttpContext http) => Problems.Internal(http);

    private static string Describe(object message) =>
        message is IServiceCommand command ? $"service '{command.ServiceName}'" : "service directory";
}
