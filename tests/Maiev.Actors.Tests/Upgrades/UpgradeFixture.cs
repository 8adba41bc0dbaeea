using System.Net.Http.Headers;
using System.Text;
using Maiev.Actors.Docker;
using Maiev.Actors.Tests.Docker;
using Maiev.Actors.Tests.RabbitMq;
using Maiev.TestKit.Servers;
using Maiev.TestKit.Workloads;

namespace Maiev.Actors.Tests.Upgrades;

/// <summary>
/// A workload consumer service in the shared Swarm, created from an image pushed to the test registry and pinned by
/// digest; removed (with its queue) on dispose.
/// </summary>
internal sealed class UpgradeFixture : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly List<string> _pushedTags = [];

    private UpgradeFixture(DockerClient docker, string repository, string name, string queue)
    {
        Docker = docker;
        Repository = repository;
        Name = name;
        Queue = queue;
    }

    public DockerClient Docker { get; }

    public string Repository { get; }

    public string Name { get; }

    public string Queue { get; }

    /// <summary>Pushes workload <c>1.0.0</c> and creates a service running <c>repo:1.0.0@digest</c> without an UpdateConfig of its own.</summary>
    public static async Task<UpgradeFixture> StartAsync(string prefix)
    {
        var docker = SwarmFixture.Client();
        var fixture = new UpgradeFixture(docker, $"{TestServers.Registry}/{Unique.Name(prefix)}", Unique.Name(prefix), Unique.Name(prefix + "-q"));
        var initial = await fixture.PushWorkloadAsync("1.0.0");
        // The image's own entrypoint and CMD (consume): a Command would replace the broken image's entrypoint too.
        var definition = new SwarmServiceDefinition(fixture.Name, initial)
        {
            Env = [$"WORKLOAD_AMQP={TestServers.RabbitMqAmqp}", $"WORKLOAD_QUEUE={fixture.Queue}", "WORKLOAD_RATE=5"],
            Networks = ["host"],
            Labels = new Dictionary<string, string> { ["maiev.test"] = "upgrades" },
        };
        await docker.CreateServiceAsync(definition, CancellationToken.None);
        try
        {
            await Poll.UntilAsync(async () => Describe(await docker.ListTasksAsync(fixture.Name, CancellationToken.None)), t => t.Tasks.Any(x => x.IsRunning && x.Image == initial),
                $"a running task of {fixture.Name} on {initial}", Patience, TimeSpan.FromMilliseconds(500));
        }
        catch
        {
            await fixture.DisposeAsync();
            throw;
        }

        return fixture;
    }

    /// <summary>Builds workload <paramref name="version"/>, pushes it as <c>repo:version</c>; returns <c>repo:version@digest</c>.</summary>
    public async Task<string> PushWorkloadAsync(string version)
    {
        var local = await WorkloadImage.EnsureAsync($"maiev-test/workload:{version}", version, CancellationToken.None);
        return await PushAsync(local, version);
    }

    /// <summary>Pushes the image that exits 1 at once as <c>repo:tag</c>; returns <c>repo:tag@digest</c>.</summary>
    public async Task<string> PushBrokenAsync(string tag)
    {
        var local = await WorkloadImage.EnsureBrokenAsync("maiev-test/workload-broken:1.0.0", CancellationToken.None);
        return await PushAsync(local, tag);
    }

    /// <summary>Tasks with a readable ToString for wait messages.</summary>
    public static TaskList Describe(IReadOnlyList<SwarmTask> tasks) => new(tasks);

    public async ValueTask DisposeAsync()
    {
        await SwarmFixture.RemoveQuietlyAsync(Docker, Name);
        await RemoveLocalTagsAsync(_pushedTags);
        try
        {
            using var http = new HttpClient { BaseAddress = TestServers.RabbitMqApi };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestServers.RabbitMqUser}:{TestServers.RabbitMqPassword}")));
            using var _ = await http.DeleteAsync($"api/queues/%2F/{Queue}");
        }
        catch (HttpRequestException)
        {
            // cleanup must not hide the test's own failure
        }

        Docker.Dispose();
    }

    /// <summary>Removes the local <c>repo:tag</c> names a test made (the images themselves stay: they are the shared workload builds).</summary>
    public static async Task RemoveLocalTagsAsync(IEnumerable<string> references)
    {
        using var engine = DockerSocket.CreateClient();
        foreach (var reference in references)
        {
            try
            {
                using var _ = await engine.DeleteAsync($"images/{reference}?noprune=1");
            }
            catch (HttpRequestException)
            {
                // cleanup must not hide the test's own failure
            }
        }
    }

    private async Task<string> PushAsync(string local, string tag)
    {
        await Docker.TagImageAsync(local, Repository, tag, CancellationToken.None);
        _pushedTags.Add($"{Repository}:{tag}");
        var digest = await Docker.PushImageAsync(Repository, tag, CancellationToken.None);
        Assert.True(digest?.StartsWith("sha256:", StringComparison.Ordinal) == true, $"push of {Repository}:{tag} reported digest '{digest}'");
        return $"{Repository}:{tag}@{digest}";
    }
}

/// <summary>Tasks that print themselves, so a timed-out wait says what Swarm was doing.</summary>
internal sealed record TaskList(IReadOnlyList<SwarmTask> Tasks)
{
    public override string ToString() => "[" + string.Join("; ", Tasks.Select(t => $"{t.State}/{t.DesiredState} {t.Image} {t.Error}")) + "]";
}
