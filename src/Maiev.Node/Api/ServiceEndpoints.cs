using System.Text.Json.Nodes;
using Maiev.Actors.Services;
using Maiev.Node.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Maiev.Node.Api;

/// <summary><c>/api/v1/services</c>: list, show, delete, pause, resume and history (PUT and scale are in <see cref="ServiceWriteEndpoints"/>).</summary>
internal static class ServiceEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(RouteGroupBuilder api, NodeContext node)
    {
        api.MapGet("/services", (Func<HttpContext, Task<IResult>>)(http => ListAsync(http, node)));
        api.MapGet("/services/{name}", (HttpContext http, string name) => WithName(http, name, () => DetailAsync(http, node, name, StatusCodes.Status200OK)));
        api.MapDelete("/services/{name}", (HttpContext http, string name) => WithName(http, name, () => DeleteAsync(http, node, name)));
        api.MapPost("/services/{name}/pause", (HttpContext http, string name) =>
            WithName(http, name, () => CommandThenSummaryAsync(http, node, new PauseScaling(name, null), StatusCodes.Status200OK)));
        api.MapPost("/services/{name}/resume", (HttpContext http, string name) =>
            WithName(http, name, () => CommandThenSummaryAsync(http, node, new ResumeScaling(name), StatusCodes.Status200OK)));
        api.MapGet("/services/{name}/events", (HttpContext http, string name) => WithName(http, name, () => EventsAsync(http, node, name)));
    }

    /// <summary>Answers 400 for a bad name, else runs <paramref name="next"/>.</summary>
    public static Task<IResult> WithName(HttpContext http, string name, Func<Task<IResult>> next) =>
        ServiceNames.IsValid(name) ? next() : Task.FromResult(Problems.BadRequest(http, $"service name '{Truncate(name)}' {ServiceNames.Rule}"));

    /// <summary>Asks for the status and answers it with <paramref name="status"/>, as the detail object.</summary>
    public static async Task<IResult> DetailAsync(HttpContext http, NodeContext node, string name, int status)
    {
        var (reply, problem) = await node.Gateway.AskAsync(http, node.Actors.Services, new GetServiceStatus(name)).ConfigureAwait(false);
        if (status == StatusCodes.Status200OK && reply is ServiceStatus
            && await MonitoredCheck.IsUnmonitoredAsync(node.Journal, name, http.RequestAborted).ConfigureAwait(false))
        {
            return Problems.NotFound(http, MonitoredCheck.NotMonitored(name));
        }

        if (status == StatusCodes.Status201Created && reply is ServiceStatus)
        {
            http.Response.Headers.Location = $"/api/v1/services/{name}";
        }

        return problem ?? reply switch
        {
            ServiceStatus s => JsonAnswers.Json(ServiceJson.Detail(s, node.Settings.NodeId), status),
            CommandRejected r => ActorGateway.Rejected(http, r),
            _ => ActorGateway.Unexpected(http),
        };
    }

    /// <summary>Sends a command; on acceptance answers the service summary with <paramref name="status"/>.</summary>
    public static async Task<IResult> CommandThenSummaryAsync(HttpContext http, NodeContext node, IServiceCommand command, int status)
    {
        var (reply, problem) = await node.Gateway.AskAsync(http, node.Actors.Services, command).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (reply is CommandRejected rejected)
        {
            return ActorGateway.Rejected(http, rejected);
        }

        (reply, problem) = await node.Gateway.AskAsync(http, node.Actors.Services, new GetServiceStatus(command.ServiceName)).ConfigureAwait(false);
        return problem ?? reply switch
        {
            ServiceStatus s => JsonAnswers.Json(ServiceJson.Summary(s), status),
            CommandRejected r => ActorGateway.Rejected(http, r),
            _ => ActorGateway.Unexpected(http),
        };
    }

    private static async Task<IResult> ListAsync(HttpContext http, NodeContext node)
    {
        var (reply, problem) = await node.Gateway.AskAsync(http, node.Actors.Directory, new ListServices()).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (reply is not ServiceList list)
        {
            return ActorGateway.Unexpected(http);
        }

        var statuses = await Task.WhenAll(list.Names.Select(n => node.Gateway.AskAsync(http, node.Actors.Services, new GetServiceStatus(n)))).ConfigureAwait(false);
        if (statuses.FirstOrDefault(s => s.Problem is not null).Problem is { } unavailable)
        {
            return unavailable;
        }

        var services = new JsonArray();
        foreach (var status in statuses.Select(s => s.Reply).OfType<ServiceStatus>().OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            services.Add(ServiceJson.Summary(status));
        }

        return JsonAnswers.Json(new JsonObject { ["services"] = services });
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, NodeContext node, string name)
    {
        var (reply, problem) = await node.Gateway.AskAsync(http, node.Actors.Services, new UnmonitorService(name)).ConfigureAwait(false);
        return problem ?? reply switch
        {
            CommandAccepted => Results.NoContent(),
            CommandRejected r => ActorGateway.Rejected(http, r),
            _ => ActorGateway.Unexpected(http),
        };
    }

    private static async Task<IResult> EventsAsync(HttpContext http, NodeContext node, string name)
    {
        var query = http.Request.Query;
        var limit = 50;
        if (query.TryGetValue("limit", out var limitText) && (!int.TryParse(limitText, out limit) || limit is < 1 or > 500))
        {
            return Problems.BadRequest(http, $"limit '{Truncate(limitText.ToString())}' must be a whole number from 1 to 500");
        }

        long? after = null;
        if (query.TryGetValue("after", out var afterText))
        {
            if (!long.TryParse(afterText, out var parsed) || parsed < 0)
            {
                return Problems.BadRequest(http, $"after '{Truncate(afterText.ToString())}' must be a whole number >= 0");
            }

            after = parsed;
        }

        var (status, problem) = await node.Gateway.AskAsync(http, node.Actors.Services, new GetServiceStatus(name)).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (status is CommandRejected rejected)
        {
            return ActorGateway.Rejected(http, rejected);
        }

        if (await MonitoredCheck.IsUnmonitoredAsync(node.Journal, name, http.RequestAborted).ConfigureAwait(false))
        {
            return Problems.NotFound(http, MonitoredCheck.NotMonitored(name));
        }

        var lastSeq = await node.Journal.ReadHighestSequenceNrAsync("service-" + name, http.RequestAborted).ConfigureAwait(false);
        var from = after ?? Math.Max(0, lastSeq - limit);
        var (reply, historyProblem) = await node.Gateway.AskAsync(http, node.Actors.Services, new GetServiceHistory(name, from, limit)).ConfigureAwait(false);
        if (historyProblem is not null)
        {
            return historyProblem;
        }

        if (reply is CommandRejected historyRejected)
        {
            return ActorGateway.Rejected(http, historyRejected);
        }

        if (reply is not ServiceHistoryPage page)
        {
            return ActorGateway.Unexpected(http);
        }

        var events = new JsonArray();
        foreach (var entry in page.Items)
        {
            events.Add(ServiceJson.Event(name, entry));
        }

        var highest = Math.Max(lastSeq, page.Items.Count > 0 ? page.Items[^1].Seq : 0);
        var next = page.Items.Count > 0 && page.Items[^1].Seq < highest ? page.Items[^1].Seq : (long?)null;
        return JsonAnswers.Json(new JsonObject { ["service"] = name, ["events"] = events, ["next"] = next, ["lastSeq"] = highest });
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
