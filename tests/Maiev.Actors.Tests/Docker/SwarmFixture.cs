using Maiev.Actors.Docker;
using Maiev.TestKit.Servers;

namespace Maiev.Actors.Tests.Docker;

/// <summary>Clients and service definitions for the shared test Swarm.</summary>
internal static class SwarmFixture
{
    public static readonly IReadOnlyList<string> Command = ["/bin/sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"];

    public static readonly SwarmUpdateConfig FastRollingUpdate = new(Parallelism: 1, Monitor: TimeSpan.FromSeconds(1), FailureAction: "rollback", Order: "start-first");

    public static DockerClient Client() => new(new DockerEndpoint(DockerEndpoint.Parse(TestServers.DockerHost)));

    public static SwarmServiceDefinition Service(string name, string? image = null, int replicas = 1) =>
        new(name, image ?? TestServers.DockerImage, Command, replicas)
        {
            UpdateConfig = FastRollingUpdate,
            Labels = new Dictionary<string, string> { ["maiev.test"] = "clients" },
        };

    /// <summary>Tags the local base image into the test registry and pushes it; returns the pushed digest.</summary>
    public static async Task<string> PushAsync(DockerClient docker, string repository, string tag)
    {
        await docker.TagImageAsync(TestServers.DockerImage, repository, tag, CancellationToken.None);
        var digest = await docker.PushImageAsync(repository, tag, CancellationToken.None);
        Assert.True(digest is not null && digest.StartsWith("sha256:", StringComparison.Ordinal), $"push of {repository}:{tag} reported digest '{digest}'");
        return digest!;
    }

    public static async Task RemoveQuietlyAsync(DockerClient docker, string name)
    {
        try
        {
            await docker.RemoveServiceAsync(name, CancellationToken.None);
        }
        catch (DockerApiException)
        {
            // cleanup must not hide the test's own failure
        }
    }
}
