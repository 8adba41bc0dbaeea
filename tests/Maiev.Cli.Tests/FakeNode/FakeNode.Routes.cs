using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Maiev.Cli.Tests.FakeNode;

/// <summary>The routes of docs/admin-api.md over the canned state.</summary>
internal sealed partial class FakeNode
{
    private void MapRoutes(WebApplication app)
    {
        app.MapGet("/api/v1/cluster", context => BreakContract
            ? Json(context, new JsonObject { ["nodeId"] = null, ["mode"] = 7 })
            : Json(context, FakeNodeData.Cluster(Url.ToString())));
        app.MapGet("/api/v1/shards", context => Json(context, FakeNodeData.Shards()));
        app.MapGet("/api/v1/services", context =>
        {
            lock (Services)
            {
                var list = new JsonArray([.. Services.Values.OrderBy(s => (string)s["name"]!, StringComparer.Ordinal).Select(FakeNodeData.Summary)]);
                return Json(context, new JsonObject { ["services"] = list });
            }
        });
        app.MapGet("/api/v1/services/{name}", (HttpContext context, string name) =>
            WithService(context, name, service => Json(context, service.DeepClone())));
        app.MapPut("/api/v1/services/{name}", PutService);
        app.MapDelete("/api/v1/services/{name}", (HttpContext context, string name) =>
        {
            lock (Services)
            {
                if (!Services.Remove(name))
                {
                    return NotMonitored(context, name);
                }
            }

            context.Response.StatusCode = (int)HttpStatusCode.NoContent;
            return Task.CompletedTask;
        });
        app.MapPost("/api/v1/services/{name}/pause", (HttpContext context, string name) =>
            WithService(context, name, service => { service["paused"] = true; return Json(context, FakeNodeData.Summary(service)); }));
        app.MapPost("/api/v1/services/{name}/resume", (HttpContext context, string name) =>
            WithService(context, name, service =>
            {
                service["paused"] = false;
                service["hold"] = null;
                return Json(context, FakeNodeData.Summary(service));
            }));
        app.MapPost("/api/v1/services/{name}/scale", Scale);
        app.MapGet("/api/v1/services/{name}/events", Events);
        app.MapGet("/api/v1/stream", StreamAsync);
        app.MapGet("/api/v1/actors", context => Json(context, FakeNodeData.Actors()));
        app.MapGet("/api/v1/config", context => Json(context, FakeNodeData.Config()));
    }

    private Task WithService(HttpContext context, string name, Func<JsonObject, Task> found)
    {
        lock (Services)
        {
            return Services.TryGetValue(name, out var service) ? found(service) : NotMonitored(context, name);
        }
    }

    private static Task NotMonitored(HttpContext context, string name) =>
        Problem(context, HttpStatusCode.NotFound, "not-found", $"No monitored service is named '{name}'.");

    private async Task PutService(HttpContext context, string name)
    {
        if (!FakeNodeData.SwarmServices.Contains(name))
        {
            await Problem(context, HttpStatusCode.NotFound, "not-found", $"Swarm has no service named '{name}'.");
            return;
        }

        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        JsonObject? spec = null;
        if (body.Length > 0)
        {
            try
            {
                spec = JsonNode.Parse(body)?.AsObject();
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                await Problem(context, HttpStatusCode.BadRequest, "bad-request", "The body is not a JSON object.");
                return;
            }
        }
        else if (name != "new-worker")
        {
            await Problem(context, HttpStatusCode.BadRequest, "validation", $"No spec given and Swarm service '{name}' has no maiev.* labels; nothing was stored.",
                [new JsonObject { ["path"] = "$", ["message"] = "no spec in the body or in the service's labels" }]);
            return;
        }

        var errors = Validate(spec);
        if (errors.Count > 0)
        {
            await Problem(context, HttpStatusCode.BadRequest, "validation", $"{errors.Count} errors in the spec for '{name}'; nothing was stored.", errors);
            return;
        }

        bool existed;
        JsonObject service;
        lock (Services)
        {
            existed = Services.ContainsKey(name);
            service = FakeNodeData.FromSpec(name, spec ?? new JsonObject { ["min"] = 1, ["max"] = 3 });
            Services[name] = service;
        }

        if (!existed)
        {
            context.Response.Headers.Location = $"/api/v1/services/{name}";
        }

        await Json(context, service.DeepClone(), existed ? HttpStatusCode.OK : HttpStatusCode.Created);
    }

    private static JsonArray Validate(JsonObject? spec)
    {
        var errors = new JsonArray();
        var min = spec?["min"]?.GetValue<int>() ?? 1;
        var max = spec?["max"]?.GetValue<int>() ?? 1;
        if (max < min)
        {
            errors.Add(new JsonObject { ["path"] = "$.max", ["message"] = $"max ({max}) must be at least min ({min})" });
        }

        var rules = spec?["scale"]?["rules"]?.AsArray() ?? [];
        for (var i = 0; i < rules.Count; i++)
        {
            var expression = (string?)rules[i]?["expression"] ?? string.Empty;
            var at = expression.IndexOf("rmq:latncy", StringComparison.Ordinal);
            if (at >= 0)
            {
                errors.Add(new JsonObject
                {
                    ["path"] = $"$.scale.rules[{i}].expression",
                    ["message"] = "unknown identifier 'rmq:latncy'",
                    ["line"] = 1,
                    ["column"] = at + 1,
                });
            }
        }

        return errors;
    }

    private async Task Scale(HttpContext context, string name)
    {
        var request = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted))!.AsObject();
        var replicas = request["replicas"]!.GetValue<int>();
        var holdFor = (string?)request["holdFor"];
        await WithService(context, name, service =>
        {
            if (service["upgrade"] is not null)
            {
                return Problem(context, HttpStatusCode.Conflict, "conflict", $"'{name}' is being upgraded; scale it when the upgrade is done.");
            }

            var max = service["max"]!.GetValue<int>();
            if (replicas > max)
            {
                return Problem(context, HttpStatusCode.BadRequest, "validation", "The scale request is invalid.",
                    [new JsonObject { ["path"] = "$.replicas", ["message"] = $"{replicas} is above max ({max})" }]);
            }

            service["replicas"]!["desired"] = replicas;
            service["hold"] = new JsonObject { ["replicas"] = replicas, ["until"] = holdFor is null ? null : "2026-11-22T04:10:00.000Z" };
            return Json(context, FakeNodeData.Summary(service), HttpStatusCode.Accepted);
        });
    }

    private Task Events(HttpContext context, string name)
    {
        var limit = context.Request.Query.TryGetValue("limit", out var l) ? int.Parse(l!, CultureInfo.InvariantCulture) : 50;
        if (limit is < 1 or > 500)
        {
            return Problem(context, HttpStatusCode.BadRequest, "bad-request", "limit must be from 1 to 500.");
        }

        long? after = context.Request.Query.TryGetValue("after", out var a) ? long.Parse(a!, CultureInfo.InvariantCulture) : null;
        return WithService(context, name, _ =>
        {
            var all = name == "orders-consumer" ? OrdersHistory : [];
            var page = after is { } from
                ? all.Where(e => (long)e["seq"]! > from).Take(limit).ToList()
                : all.TakeLast(limit).ToList();
            var lastSeq = all.Count == 0 ? 0 : (long)all[^1]["seq"]!;
            var pageEnd = page.Count == 0 ? after ?? 0 : (long)page[^1]["seq"]!;
            return Json(context, new JsonObject
            {
                ["service"] = name,
                ["events"] = new JsonArray([.. page.Select(e => e.DeepClone())]),
                ["next"] = pageEnd < lastSeq ? JsonValue.Create(pageEnd) : null,
                ["lastSeq"] = lastSeq,
            });
        });
    }

    private async Task StreamAsync(HttpContext context)
    {
        var service = context.Request.Query["service"].FirstOrDefault();
        bool known;
        lock (Services)
        {
            known = service is null || Services.ContainsKey(service);
        }

        if (!known)
        {
            await NotMonitored(context, service!);
            return;
        }

        context.Response.ContentType = "text/event-stream";
        var id = 1200;
        foreach (var (type, data) in StreamScript)
        {
            await context.Response.WriteAsync($"id: {++id}\nevent: {type}\ndata: {data.ToJsonString()}\n\n: keep-alive\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }

        if (StreamEnd == StreamEnd.KeepOpen)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
