using System.Text.Json.Nodes;
using Maiev.Actors.Services;
using Maiev.Node.Dependencies;
using Maiev.Node.Hosting;
using Maiev.Runtime.Actors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Maiev.Node.Api;

/// <summary><c>/api/v1/cluster</c>, <c>/shards</c>, <c>/actors</c> and <c>/config</c>.</summary>
internal static class ClusterEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(RouteGroupBuilder api, NodeContext node)
    {
        api.MapGet("/cluster", (HttpContext http) => JsonAnswers.Json(Cluster(node, $"{http.Request.Scheme}://{http.Request.Host}")));
        api.MapGet("/shards", (Func<HttpContext, Task<IResult>>)(http => ShardsAsync(http, node)));
        api.MapGet("/actors", () => JsonAnswers.Json(Actors(node)));
        api.MapGet("/config", () =>
        {
            var (tree, masked) = ConfigJson.Write(node.Config);
            return JsonAnswers.Json(new JsonObject
            {
                ["nodeId"] = node.Settings.NodeId,
                ["origins"] = new JsonArray([.. node.Origins.Select(o => (JsonNode?)o)]),
                ["masked"] = new JsonArray([.. masked.Select(m => (JsonNode?)m)]),
                ["config"] = tree,
            });
        });
    }

    /// <summary>One dependency object.</summary>
    public static JsonObject Dependency(DependencyStatus d) => new()
    {
        ["name"] = d.Name,
        ["state"] = d.State,
        ["detail"] = d.Detail,
        ["since"] = JsonAnswers.Time(d.Since),
    };

    private static JsonObject Cluster(NodeContext node, string address)
    {
        var now = node.Time.GetUtcNow();
        var startedAt = JsonAnswers.Time(node.StartedAt);
        return new JsonObject
        {
            ["nodeId"] = node.Settings.NodeId,
            ["mode"] = node.Settings.Mode,
            ["version"] = typeof(ClusterEndpoints).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            ["startedAt"] = startedAt,
            ["uptimeSeconds"] = Math.Round((now - node.StartedAt).TotalSeconds, 1),
            ["shardCount"] = node.Settings.Shards,
            ["members"] = new JsonArray(new JsonObject
            {
                ["nodeId"] = node.Settings.NodeId,
                ["address"] = address,
                ["status"] = "up",
                ["self"] = true,
                ["shards"] = node.Settings.Shards,
                ["joinedAt"] = startedAt,
            }),
            ["dependencies"] = new JsonArray([.. node.Dependencies.Current.Select(d => (JsonNode?)Dependency(d))]),
        };
    }

    private static async Task<IResult> ShardsAsync(HttpContext http, NodeContext node)
    {
        var (reply, problem) = await node.Gateway.AskAsync(http, node.Actors.Directory, new ListServices()).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var byShard = new SortedDictionary<int, List<string>>();
        if (reply is ServiceList list)
        {
            var statuses = await Task.WhenAll(list.Names.Select(n => node.Gateway.AskAsync(http, node.Actors.Services, new GetServiceStatus(n)))).ConfigureAwait(false);
            foreach (var status in statuses.Select(s => s.Reply).OfType<ServiceStatus>())
            {
                if (!byShard.TryGetValue(status.ShardId, out var names))
                {
                    byShard[status.ShardId] = names = [];
                }

                names.Add(status.Name);
            }
        }

        var shards = new JsonArray();
        for (var shard = 0; shard < node.Settings.Shards; shard++)
        {
            var names = byShard.TryGetValue(shard, out var found) ? found.Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
            shards.Add(new JsonObject
            {
                ["shard"] = shard,
                ["owner"] = node.Settings.NodeId,
                ["state"] = "owned",
                ["services"] = new JsonArray([.. names.Select(n => (JsonNode?)n)]),
            });
        }

        return JsonAnswers.Json(new JsonObject { ["shardCount"] = node.Settings.Shards, ["shards"] = shards });
    }

    private static JsonObject Actors(NodeContext node)
    {
        var user = node.System.GetActorTree()[0];
        return new JsonObject { ["nodeId"] = node.Settings.NodeId, ["root"] = Actor(user) };
    }

    private static string ShortType(string fullName)
    {
        var name = fullName[(fullName.LastIndexOf('.') + 1)..];
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static JsonObject Actor(ActorTreeNode actor) => new()
    {
        ["path"] = actor.Path,
        ["type"] = ShortType(actor.ActorType),
        ["mailbox"] = actor.MailboxDepth,
        ["restarts"] = actor.RestartCount,
        ["children"] = new JsonArray([.. actor.Children.Select(c => (JsonNode?)Actor(c))]),
    };
}
