using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Maiev.Cli.Tests.FakeNode;

/// <summary>
/// An in-process node speaking the admin API of docs/admin-api.md with canned state, on
/// 127.0.0.1 and a free port. It records every request and can be told to require a token,
/// answer 503, break the contract, or hang.
/// </summary>
internal sealed partial class FakeNode : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeNode(WebApplication app, string? token)
    {
        _app = app;
        Token = token;
    }

    public Uri Url { get; private set; } = null!;

    public string? Token { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Monitored services by name (full detail objects). Lock on it.</summary>
    public Dictionary<string, JsonObject> Services { get; } = new(StringComparer.Ordinal)
    {
        ["orders-consumer"] = FakeNodeData.OrdersConsumer(),
        ["billing-worker"] = FakeNodeData.BillingWorker(),
    };

    /// <summary>orders-consumer's history: seq 1..41.</summary>
    public List<JsonObject> OrdersHistory { get; } = FakeNodeData.History("orders-consumer", 41);

    /// <summary>What <c>/stream</c> sends (event type, data) before it closes.</summary>
    public List<(string Event, JsonObject Data)> StreamScript { get; } = [];

    /// <summary>How <c>/stream</c> ends after its script: closed cleanly (default) or kept open.</summary>
    public StreamEnd StreamEnd { get; set; }

    public HttpStatusCode? FailEverythingWith { get; set; }

    public bool BreakContract { get; set; }

    public bool Hang { get; set; }

    public static async Task<FakeNode> StartAsync(string? token = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var node = new FakeNode(app, token);
        app.Use(node.GuardAsync);
        node.MapRoutes(app);
        await app.StartAsync();
        node.Url = new Uri(app.Urls.First());
        return node;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task GuardAsync(HttpContext context, Func<Task> next)
    {
        context.Request.EnableBuffering();
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        Requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.ContentType,
            body));

        if (Token is not null && context.Request.Headers.Authorization.FirstOrDefault() != $"Bearer {Token}")
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Problem(context, HttpStatusCode.Unauthorized, "unauthorized", "A valid bearer token is required.");
            return;
        }

        if (Hang)
        {
            await Task.Delay(TimeSpan.FromMinutes(2), context.RequestAborted);
        }

        if (FailEverythingWith is { } status)
        {
            await Problem(context, status, status == HttpStatusCode.ServiceUnavailable ? "unavailable" : "internal", "The journal is recovering; retry later.");
            return;
        }

        await next();
    }

    private static Task Problem(HttpContext context, HttpStatusCode status, string type, string detail, JsonArray? errors = null)
    {
        var problem = new JsonObject
        {
            ["type"] = $"urn:maiev:problem:{type}",
            ["title"] = type,
            ["status"] = (int)status,
            ["detail"] = detail,
            ["instance"] = context.Request.Path.Value,
        };
        if (errors is not null)
        {
            problem["errors"] = errors;
        }

        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/problem+json";
        return context.Response.WriteAsync(problem.ToJsonString());
    }

    private static Task Json(HttpContext context, JsonNode json, HttpStatusCode status = HttpStatusCode.OK)
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(json.ToJsonString());
    }
}
