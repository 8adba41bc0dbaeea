using System.Text.Json.Nodes;
using Maiev.Actors.Upgrades;
using Maiev.Node.Api;
using Maiev.Node.Hosting;
using Microsoft.AspNetCore.Http;

namespace Maiev.Node.Webhooks;

/// <summary>Parses a registry notification (<see cref="RegistryNotificationParser"/>) and asks the ingress actor.</summary>
internal static class WebhookIngress
{
    /// <summary>400 for a malformed notification (naming the path and position), 503 without an ingress, else 202 with the summary.</summary>
    public static async Task<IResult> HandleAsync(HttpContext http, NodeContext node, byte[] body)
    {
        var parsed = RegistryNotificationParser.Parse(body);
        if (parsed.Error is { } error)
        {
            var where = error.Path is null ? "" : $" at {error.Path}";
            var position = error.Line is { } line ? $" (line {line}, column {error.Column})" : "";
            return Problems.BadRequest(http, $"malformed registry notification{where}{position}: {error.Message}");
        }

        if (node.Actors.Ingress is not { } ingress)
        {
            return Problems.Unavailable(http, "the webhook ingress is not running on this node");
        }

        var (reply, problem) = await node.Gateway.AskAsync(http, ingress, new RegistryNotificationReceived(parsed.Events)).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        return reply is IngressSummary summary
            ? JsonAnswers.Json(
                new JsonObject
                {
                    ["received"] = summary.Received,
                    ["relevant"] = summary.Relevant,
                    ["duplicates"] = summary.Duplicates,
                    ["servicesMatched"] = summary.ServicesMatched,
                },
                StatusCodes.Status202Accepted)
            : ActorGateway.Unexpected(http);
    }
}
