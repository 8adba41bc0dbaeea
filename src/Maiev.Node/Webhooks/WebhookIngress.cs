using Maiev.Node.Api;
using Maiev.Node.Hosting;
using Microsoft.AspNetCore.Http;

namespace Maiev.Node.Webhooks;

/// <summary>Parses a registry notification and asks the ingress actor (the parser and ingress come from branch upgrader).</summary>
internal static class WebhookIngress
{
    /// <summary>400 for a malformed notification; 503 while no ingress actor runs.</summary>
    public static Task<IResult> HandleAsync(HttpContext http, NodeContext node, byte[] body)
    {
        if (WebhookEndpoint.JsonObjectError(body) is { } error)
        {
            return Task.FromResult(Problems.BadRequest(http, error));
        }

        return Task.FromResult(node.Actors.Ingress is null
            ? Problems.Unavailable(http, "the webhook ingress is not running on this node")
            : Problems.Unavailable(http, "the webhook ingress is not wired yet"));
    }
}
