using System.Text.Json.Nodes;
using Maiev.Node.Dependencies;
using Maiev.Node.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Maiev.Node.Api;

/// <summary><c>/healthz</c> and <c>/readyz</c> (never need a token).</summary>
internal static class OperationsEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder app, NodeContext node)
    {
        app.MapGet("/healthz", () => node.System.WhenTerminated.IsCompleted
            ? JsonAnswers.Json(new JsonObject { ["status"] = "unhealthy", ["detail"] = "the actor system has stopped" }, StatusCodes.Status503ServiceUnavailable)
            : JsonAnswers.Json(new JsonObject { ["status"] = "healthy" }));
        app.MapGet("/readyz", () =>
        {
            var dependencies = node.Dependencies.Current;
            var status = Readiness(dependencies);
            return JsonAnswers.Json(
                new JsonObject
                {
                    ["status"] = status,
                    ["dependencies"] = new JsonArray([.. dependencies.Select(d => (JsonNode?)ClusterEndpoints.Dependency(d))]),
                },
                status == "not-ready" ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        });
    }

    /// <summary>
    /// <c>ready</c> when every enabled dependency is up, <c>not-ready</c> when the journal is not up (down or not
    /// checked yet), else <c>degraded</c>.
    /// </summary>
    public static string Readiness(IReadOnlyList<DependencyStatus> dependencies)
    {
        if (dependencies.FirstOrDefault(d => d.Name == "journal") is { } journal && journal.State != DependencyStatus.Up)
        {
            return "not-ready";
        }

        return dependencies.All(d => d.State is DependencyStatus.Up or DependencyStatus.Disabled) ? "ready" : "degraded";
    }
}
