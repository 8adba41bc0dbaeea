using System.Globalization;
using System.Text;
using Maiev.Actors.Services;
using Maiev.Node.Api;
using Maiev.Node.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Maiev.Node.Metrics;

/// <summary><c>GET /metrics</c> in the Prometheus text format 0.0.4.</summary>
internal static class MetricsEndpoint
{
    /// <summary>The content type of the text format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>Maps the route.</summary>
    public static void Map(IEndpointRouteBuilder app, NodeContext node) =>
        app.MapGet("/metrics", async (HttpContext http) =>
        {
            var statuses = new List<ServiceStatus>();
            var (reply, _) = await node.Gateway.AskAsync(http, node.Actors.Directory, new ListServices()).ConfigureAwait(false);
            if (reply is ServiceList list)
            {
                var answers = await Task.WhenAll(list.Names.Select(n => node.Gateway.AskAsync(http, node.Actors.Services, new GetServiceStatus(n)))).ConfigureAwait(false);
                statuses.AddRange(answers.Select(a => a.Reply).OfType<ServiceStatus>().OrderBy(s => s.Name, StringComparer.Ordinal));
            }

            return Results.Text(Render(node, statuses), ContentType, Encoding.UTF8);
        });

    /// <summary>The exposition text.</summary>
    public static string Render(NodeContext node, IReadOnlyList<ServiceStatus> statuses)
    {
        var text = new PrometheusText();
        text.Family("maiev_service_replicas", "gauge", "Running replicas Swarm reports.");
        foreach (var s in statuses.Where(s => s.ObservedReplicas is not null))
        {
            text.Sample("maiev_service_replicas", [("service", s.Name)], s.ObservedReplicas!.Value);
        }

        text.Family("maiev_service_desired_replicas", "gauge", "Replicas Maiev last asked for.");
        foreach (var s in statuses)
        {
            text.Sample("maiev_service_desired_replicas", [("service", s.Name)], s.DesiredReplicas ?? s.Min);
        }

        text.Family("maiev_service_queue_latency_seconds", "gauge", "Queue latency of a resource at the last sample.");
        foreach (var (s, p) in statuses.SelectMany(s => s.Probes.Select(p => (s, p))).Where(x => x.p.Last?.Latency is not null))
        {
            text.Sample("maiev_service_queue_latency_seconds", [("service", s.Name), ("resource", p.Resource)], p.Last!.Latency!.Value);
        }

        text.Family("maiev_service_queue_waiting_messages", "gauge", "Messages waiting in a resource's queue at the last sample.");
        foreach (var (s, p) in statuses.SelectMany(s => s.Probes.Select(p => (s, p))).Where(x => x.p.Last is not null))
        {
            text.Sample("maiev_service_queue_waiting_messages", [("service", s.Name), ("resource", p.Resource)], p.Last!.Waiting);
        }

        text.Family("maiev_service_decisions_total", "counter", "Scale decisions since the node started, by direction.");
        foreach (var ((service, direction), decided) in node.Metrics.Decisions.OrderBy(d => d.Key))
        {
            text.Sample("maiev_service_decisions_total", [("service", service), ("direction", direction)], decided);
        }

        text.Family("maiev_service_upgrades_total", "counter", "Finished upgrades since the node started, by outcome.");
        foreach (var ((service, outcome), finished) in node.Metrics.Upgrades.OrderBy(d => d.Key))
        {
            text.Sample("maiev_service_upgrades_total", [("service", service), ("outcome", outcome)], finished);
        }

        text.Family("maiev_service_probe_errors_total", "counter", "Probe failures since the node started, by resource.");
        foreach (var s in statuses)
        {
            foreach (var p in s.Probes)
            {
                text.Sample("maiev_service_probe_errors_total", [("service", s.Name), ("resource", p.Resource)],
                    node.Metrics.ProbeErrors.TryGetValue((s.Name, p.Resource), out var n) ? n : 0);
            }
        }

        text.Family("maiev_service_probe_up", "gauge", "1 when a resource's probe has fresh data, else 0.");
        foreach (var (s, p) in statuses.SelectMany(s => s.Probes.Select(p => (s, p))))
        {
            text.Sample("maiev_service_probe_up", [("service", s.Name), ("resource", p.Resource)], p.State == ProbeState.Up ? 1 : 0);
        }

        var tree = node.System.GetActorTree().SelectMany(root => root.DescendantsAndSelf()).ToList();
        text.Family("maiev_actor_mailbox_depth_max", "gauge", "Deepest mailbox of any actor now.");
        text.Sample("maiev_actor_mailbox_depth_max", [], tree.Count == 0 ? 0 : tree.Max(a => a.MailboxDepth));
        text.Family("maiev_actors", "gauge", "Actors alive now.");
        text.Sample("maiev_actors", [], tree.Count);
        text.Family("maiev_dead_letters_total", "counter", "Messages sent to stopped or unknown actors.");
        text.Sample("maiev_dead_letters_total", [], node.System.DeadLetterCount);

        var (buckets, sum, count) = node.Metrics.JournalWrites();
        text.Family("maiev_journal_write_seconds", "histogram", "Journal write latency.");
        for (var i = 0; i < buckets.Length; i++)
        {
            text.Sample("maiev_journal_write_seconds_bucket", [("le", NodeMetrics.Buckets[i].ToString(CultureInfo.InvariantCulture))], buckets[i]);
        }

        text.Sample("maiev_journal_write_seconds_bucket", [("le", "+Inf")], count);
        text.Sample("maiev_journal_write_seconds_sum", [], sum);
        text.Sample("maiev_journal_write_seconds_count", [], count);

        text.Family("maiev_dependency_up", "gauge", "1 when a dependency is up, else 0 (disabled ones are left out).");
        foreach (var d in node.Dependencies.Current.Where(d => d.State != "disabled"))
        {
            text.Sample("maiev_dependency_up", [("dependency", d.Name)], d.State == "up" ? 1 : 0);
        }

        return text.ToString();
    }
}
