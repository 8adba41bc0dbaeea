using System.Text;
using Maiev.Actors.Services;
using Maiev.Node.Api;
using Maiev.Node.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Maiev.Node.Streaming;

/// <summary><c>GET /api/v1/stream[?service=NAME]</c>: server-sent events with <c>Last-Event-ID</c> replay and a keep-alive every 15 s.</summary>
internal static class StreamEndpoint
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>Maps the route.</summary>
    public static void Map(RouteGroupBuilder api, NodeContext node) =>
        api.MapGet("/stream", async (HttpContext http) =>
        {
            string? service = http.Request.Query["service"];
            if (service is not null)
            {
                if (!ServiceNames.IsValid(service))
                {
                    return Problems.BadRequest(http, $"service '{service}' {ServiceNames.Rule}");
                }

                var (reply, problem) = await node.Gateway.AskAsync(http, node.Actors.Services, new GetServiceStatus(service)).ConfigureAwait(false);
                if (problem is not null)
                {
                    return problem;
                }

                if (reply is CommandRejected rejected)
                {
                    return ActorGateway.Rejected(http, rejected);
                }
            }

            long? lastEventId = null;
            if (http.Request.Headers["Last-Event-ID"].ToString() is { Length: > 0 } text)
            {
                if (!long.TryParse(text, out var parsed))
                {
                    return Problems.BadRequest(http, "Last-Event-ID must be a number from an earlier event's id");
                }

                lastEventId = parsed;
            }

            await StreamAsync(http, node, service, lastEventId).ConfigureAwait(false);
            return Results.Empty;
        });

    private static async Task StreamAsync(HttpContext http, NodeContext node, string? service, long? lastEventId)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        using var subscription = node.Stream.Subscribe(lastEventId);
        var ct = http.RequestAborted;
        try
        {
            await http.Response.WriteAsync(": connected\n\n", ct).ConfigureAwait(false);
            foreach (var item in subscription.Missed)
            {
                await WriteAsync(http, item, service, ct).ConfigureAwait(false);
            }

            await http.Response.Body.FlushAsync(ct).ConfigureAwait(false);
            while (!ct.IsCancellationRequested)
            {
                var waitForItem = subscription.Live.WaitToReadAsync(ct).AsTask();
                using var keepAliveCancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var keepAlive = Task.Delay(KeepAlive, node.Time, keepAliveCancel.Token);
                var first = await Task.WhenAny(waitForItem, keepAlive).ConfigureAwait(false);
                await keepAliveCancel.CancelAsync().ConfigureAwait(false);
                if (first == keepAlive)
                {
                    await http.Response.WriteAsync(": keep-alive\n\n", ct).ConfigureAwait(false);
                }
                else if (!await waitForItem.ConfigureAwait(false))
                {
                    return;
                }

                while (subscription.Live.TryRead(out var item))
                {
                    await WriteAsync(http, item, service, ct).ConfigureAwait(false);
                }

                await http.Response.Body.FlushAsync(ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client left.
        }
    }

    private static Task WriteAsync(HttpContext http, StreamItem item, string? service, CancellationToken ct) =>
        service is not null && item.Service != service
            ? Task.CompletedTask
            : http.Response.WriteAsync($"id: {item.Id}\nevent: {item.Event}\ndata: {item.Data}\n\n", Encoding.UTF8, ct);
}
