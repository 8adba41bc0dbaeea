using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Maiev.Actors.Docker;
using Maiev.Node.Tests.Node;
using Maiev.Node.Tests.Samples;
using Maiev.TestKit.Servers;
using Maiev.TestKit.Workloads;

namespace Maiev.Node.Tests.Upgrades;

/// <summary>
/// A unique repository in the test registry and a workload consumer service in the shared Swarm created from
/// <c>host/repo:1.0.0@sha256:…</c> (host network, the image's own consume command, no UpdateConfig of its own so
/// Maiev's default applies: monitor, rollback on failure). Dispose removes the service, its queue, the manifests
/// pushed to the registry and the local <c>repo:tag</c> names.
/// </summary>
internal sealed class UpgradeScenario : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly List<(string Tag, string Digest)> _pushed = [];

    private UpgradeScenario(DockerClient docker, string prefix)
    {
        Docker = docker;
        Path = Unique.Name(prefix);
        Repository = $"{TestServers.Registry}/{Path}";
        Name = Unique.Name(prefix);
        Queue = Unique.Name(prefix + "-q");
    }

    public DockerClient Docker { get; }

    /// <summary>The repository's path in the registry (no host).</summary>
    public string Path { get; }

    /// <summary><c>host:port/path</c>.</summary>
    public string Repository { get; }

    public string Name { get; }

    public string Queue { get; }

    /// <summary><c>repo:1.0.0@digest</c>, what the service starts on.</summary>
    public string Initial { get; private set; } = "";

    public static async Task<UpgradeScenario> StartAsync(string prefix)
    {
        var scenario = new UpgradeScenario(new DockerClient(new DockerEndpoint(DockerEndpoint.Parse(TestServers.DockerHost))), prefix);
        try
        {
            scenario.Initial = await scenario.PushWorkloadAsync("1.0.0");
            await scenario.Docker.CreateServiceAsync(new SwarmServiceDefinition(scenario.Name, scenario.Initial)
            {
                Env = [$"WORKLOAD_AMQP={TestServers.RabbitMqAmqp}", $"WORKLOAD_QUEUE={scenario.Queue}", "WORKLOAD_RATE=5"],
                Networks = ["host"],
                Labels = new Dictionary<string, string> { ["maiev.test"] = "upgrade-on-push" },
            }, CancellationToken.None);
            await Eventually.SeeAsync(scenario.TasksAsync, t => t.Items.Any(x => x.IsRunning && x.Image == scenario.Initial), Patience,
                $"a running task of {scenario.Name} on {scenario.Initial}");
            return scenario;
        }
        catch
        {
            await scenario.DisposeAsync();
            throw;
        }
    }

    /// <summary>The node's spec for this service: policy <paramref name="policy"/>, one replica.</summary>
    public string Spec(string policy) => $$"""
        {
          "min": 1, "max": 1,
          "upgrade": { "policy": "{{policy}}" },
          "scale": {
            "resources": [{ "name": "rmq", "monitorer": "monitorer_rabbitmq", "identifier": "{{Queue}}" }],
            "scale_up": "rmq:waiting > 1000",
            "scale_down": "rmq:waiting < 1"
          }
        }
        """;

    /// <summary>Builds workload <paramref name="version"/> and pushes it as <paramref name="tag"/> (default: the version); returns <c>repo:tag@digest</c>.</summary>
    public async Task<string> PushWorkloadAsync(string version, string? tag = null)
    {
        var local = await WorkloadImage.EnsureAsync($"maiev-test/workload:{version}", version, CancellationToken.None);
        return await PushAsync(local, tag ?? version);
    }

    /// <summary>Pushes the image whose entrypoint exits 1 at once as <paramref name="tag"/>; returns <c>repo:tag@digest</c>.</summary>
    public async Task<string> PushBrokenAsync(string tag)
    {
        var local = await WorkloadImage.EnsureBrokenAsync("maiev-test/workload-broken:1.0.0", CancellationToken.None);
        return await PushAsync(local, tag);
    }

    /// <summary>The image in the service's Swarm spec.</summary>
    public async Task<string?> SwarmImageAsync() => (await Docker.InspectServiceAsync(Name, CancellationToken.None))?.Image;

    public async Task<TaskList> TasksAsync() => new(await Docker.ListTasksAsync(Name, CancellationToken.None));

    /// <summary>The service's whole history from the node's admin API.</summary>
    public async Task<History> HistoryAsync(TestNode node)
    {
        var (status, body, _) = await node.GetAsync($"/api/v1/services/{Name}/events?after=0&limit=500");
        Assert.True(status == System.Net.HttpStatusCode.OK, $"GET events of {Name} answered {(int)status}");
        return new History(body.GetProperty("lastSeq").GetInt64(), [.. body.GetProperty("events").EnumerateArray().Select(e => e.Clone())]);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Docker.RemoveServiceAsync(Name, CancellationToken.None);
        }
        catch (DockerApiException)
        {
            // cleanup must not hide the test's own failure
        }

        using var engine = DockerSocket.CreateClient();
        using var registry = new HttpClient { BaseAddress = new Uri($"http://{TestServers.Registry}/") };
        using var rabbit = new HttpClient { BaseAddress = TestServers.RabbitMqApi };
        rabbit.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestServers.RabbitMqUser}:{TestServers.RabbitMqPassword}")));
        await Quietly(() => rabbit.DeleteAsync($"api/queues/%2F/{Queue}"));
        foreach (var (tag, digest) in _pushed)
        {
            await Quietly(() => engine.DeleteAsync($"images/{Repository}:{tag}?noprune=1"));
            await Quietly(() => registry.DeleteAsync($"v2/{Path}/manifests/{digest}"));
        }

        Docker.Dispose();
    }

    private static async Task Quietly(Func<Task<HttpResponseMessage>> call)
    {
        try
        {
            using var _ = await call();
        }
        catch (HttpRequestException)
        {
            // cleanup must not hide the test's own failure
        }
    }

    private async Task<string> PushAsync(string local, string tag)
    {
        await Docker.TagImageAsync(local, Repository, tag, CancellationToken.None);
        var digest = await Docker.PushImageAsync(Repository, tag, CancellationToken.None);
        Assert.True(digest?.StartsWith("sha256:", StringComparison.Ordinal) == true, $"push of {Repository}:{tag} reported digest '{digest}'");
        _pushed.Add((tag, digest!));
        return $"{Repository}:{tag}@{digest}";
    }

    /// <summary>Tasks that print themselves, so a timed-out wait says what Swarm was doing.</summary>
    public sealed record TaskList(IReadOnlyList<SwarmTask> Items)
    {
        public override string ToString() => "[" + string.Join("; ", Items.Select(t => $"{t.State}/{t.DesiredState} {t.Image} {t.Error}")) + "]";
    }
}
