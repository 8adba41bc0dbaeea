using Maiev.Node.Hosting;
using Maiev.Node.Metrics;
using Maiev.Node.Streaming;
using Maiev.Node.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Maiev.Node.Api;

/// <summary>The node's HTTP surface: token check, error handling and every route.</summary>
internal static partial class NodeEndpoints
{
    /// <summary>Adds the middleware and maps every endpoint.</summary>
    public static void Map(WebApplication app, NodeContext node)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Maiev.Node.Http");
        app.Use(async (http, next) =>
        {
            var path = http.Request.Path;
            var guarded = path.StartsWithSegments("/api/v1") || path.StartsWithSegments("/metrics") || path.StartsWithSegments("/openapi");
            if (guarded && node.Settings.Token is { } token && !AdminAuth.HasToken(http.Request, token))
            {
                await AdminAuth.Challenge(http).ExecuteAsync(http).ConfigureAwait(false);
                return;
            }

            try
            {
                await next(http).ConfigureAwait(false);
            }
            catch (Exception e) when (!http.Response.HasStarted && e is not OperationCanceledException)
            {
                Log.Unhandled(logger, http.TraceIdentifier, http.Request.Method, path.Value ?? "/", e);
                http.Response.Clear();
                await Problems.Internal(http).ExecuteAsync(http).ConfigureAwait(false);
            }
        });

        OperationsEndpoints.Map(app, node);
        MetricsEndpoint.Map(app, node);
        WebhookEndpoint.Map(app, node);
        NodeOpenApi.Map(app);
        var api = app.MapGroup("/api/v1");
        ClusterEndpoints.Map(api, node);
        ServiceEndpoints.Map(api, node);
        ServiceWriteEndpoints.Map(api, node);
        StreamEndpoint.Map(api, node);
        api.MapFallback((HttpContext http) => Problems.NotFound(http, $"no route {http.Request.Method} {http.Request.Path}; see docs/admin-api.md"));
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error {CorrelationId} in {Method} {Path}")]
        public static partial void Unhandled(ILogger logger, string correlationId, string method, string path, Exception exception);
    }
}
