using Maiev.Node.Api;
using Maiev.Node.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Maiev.Node.Webhooks;

/// <summary>
/// <c>POST /webhooks/registry</c>: a registry notification. Requires <c>Authorization: Bearer</c> with
/// <c>maiev.registry.webhook-token</c> (compared in constant time; without a configured token the endpoint is off and
/// answers 404), a body of at most 1 MiB (413), a well-formed notification (400 ProblemDetails naming what is wrong),
/// then hands the events to the ingress actor and answers 202 with its summary.
/// </summary>
internal static class WebhookEndpoint
{
    /// <summary>Maps the route.</summary>
    public static void Map(IEndpointRouteBuilder app, NodeContext node) =>
        app.MapPost("/webhooks/registry", async (HttpContext http) =>
        {
            if (node.Settings.WebhookToken is not { } token)
            {
                return Problems.NotFound(http, "the registry webhook is off: set maiev.registry.webhook-token to turn it on");
            }

            if (!AdminAuth.HasToken(http.Request, token))
            {
                return AdminAuth.Challenge(http);
            }

            var body = await RequestBody.ReadAsync(http.Request).ConfigureAwait(false);
            if (body is null)
            {
                return Problems.TooLarge(http, RequestBody.Limit);
            }

            return await WebhookIngress.HandleAsync(http, node, body).ConfigureAwait(false);
        });
}
