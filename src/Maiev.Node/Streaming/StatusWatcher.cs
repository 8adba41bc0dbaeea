using System.Text.Json.Nodes;
using Maiev.Actors.Services;
using Maiev.Node.Api;
using Maiev.Node.Hosting;
using Maiev.Runtime.Actors;

namespace Maiev.Node.Streaming;

/// <summary>
/// Feeds the <c>status</c> events of <c>/api/v1/stream</c>: every sample interval it reads each monitored service's
/// status and publishes one when the observed or desired replicas, the paused flag, the probe status, or the first
/// resource's <c>waiting</c>/<c>latency</c> changed (so at most once per sample). Unanswered asks are skipped.
/// </summary>
internal sealed class StatusWatcher(NodeContext node, TimeSpan interval)
{
    private readonly Dictionary<string, string> _last = new(StringComparer.Ordinal);

    /// <summary>Runs until <paramref name="ct"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(interval, node.Time, ct).ConfigureAwait(false);
                await PollAsync(ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Reads every status once and publishes the changed ones.</summary>
    public async Task PollAsync(CancellationToken ct)
    {
        try
        {
            var list = await node.Actors.Directory.Ask<object>(new ListServices(), node.Settings.AskTimeout, ct).ConfigureAwait(false);
            if (list is not ServiceList names)
            {
                return;
            }

            foreach (var name in names.Names)
            {
                if (await node.Actors.Services.Ask<object>(new GetServiceStatus(name), node.Settings.AskTimeout, ct).ConfigureAwait(false) is ServiceStatus status)
                {
                    Publish(status);
                }
            }
        }
#pragma warning disable CA1031 // A failed round (timeout, actor failure) must not end the watcher; the next round tries again.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            // The next round tries again.
        }
    }

    private void Publish(ServiceStatus status)
    {
        var summary = ServiceJson.Summary(status);
        var first = status.Probes.Count > 0 ? status.Probes[0].Last : null;
        var body = new JsonObject
        {
            ["service"] = status.Name,
            ["at"] = JsonAnswers.Time(node.Time.GetUtcNow()),
            ["replicas"] = summary["replicas"]!.DeepClone(),
            ["paused"] = status.Paused,
            ["probe"] = new JsonObject { ["status"] = summary["probe"]!["status"]!.DeepClone() },
            ["waiting"] = first?.Waiting,
            ["latency"] = first?.Latency,
        };
        var key = $"{body["replicas"]!.ToJsonString()}|{status.Paused}|{body["probe"]!.ToJsonString()}|{first?.Waiting}|{first?.Latency}";
        if (_last.TryGetValue(status.Name, out var previous) && previous == key)
        {
            return;
        }

        _last[status.Name] = key;
        node.Stream.PublishStatus(status.Name, body.ToJsonString(JsonAnswers.Options));
    }
}
