using Maiev.Actors.Docker;
using Maiev.Actors.Tests.RabbitMq;
using Maiev.TestKit.Servers;

namespace Maiev.Actors.Tests.Docker;

/// <summary>Image updates through Swarm's rolling update, to completion or to Swarm's own rollback.</summary>
public sealed class DockerClientUpgradeTests
{
    [ServerFact(Server.Docker | Server.Registry)]
    public async Task Updating_to_a_pushed_tag_pinned_by_digest_completes_and_can_be_rolled_back()
    {
        using var docker = SwarmFixture.Client();
        var repository = $"{TestServers.Registry}/{Unique.Name("clients-up")}";
        await SwarmFixture.PushAsync(docker, repository, "1.0.0");
        var pushed = await SwarmFixture.PushAsync(docker, repository, "1.1.0");
        var name = Unique.Name("clients-upgrade");
        await docker.CreateServiceAsync(SwarmFixture.Service(name, $"{repository}:1.0.0", replicas: 2), CancellationToken.None);
        try
        {
            await Poll.UntilAsync(() => docker.ListTasksAsync(name, CancellationToken.None), t => t.Count(x => x.IsRunning) == 2,
                $"2 running tasks of {name}", every: TimeSpan.FromMilliseconds(500));
            var digest = await docker.GetDistributionDigestAsync($"{repository}:1.1.0", CancellationToken.None);
            var target = $"{repository}:1.1.0@{digest}";

            await docker.UpdateImageAsync(name, target, CancellationToken.None, SwarmFixture.FastRollingUpdate);

            var service = await Poll.UntilAsync(() => docker.InspectServiceAsync(name, CancellationToken.None),
                s => s?.UpdateStatus?.IsFinal == true, $"the update of {name} to finish", every: TimeSpan.FromMilliseconds(500));
            Assert.Equal(pushed, digest);
            Assert.True(service!.UpdateStatus!.State == "completed", $"update ended {service.UpdateStatus}");
            Assert.Equal(target, service.Image);
            var running = (await docker.ListTasksAsync(name, CancellationToken.None)).Where(t => t.IsRunning).ToList();
            Assert.Equal(2, running.Count);
            Assert.All(running, t => Assert.Equal(target, t.Image));

            await docker.RollbackServiceAsync(name, CancellationToken.None);

            var rolledBack = await Poll.UntilAsync(() => docker.InspectServiceAsync(name, CancellationToken.None),
                s => s?.UpdateStatus?.State == "rollback_completed", $"the manual rollback of {name} to finish", every: TimeSpan.FromMilliseconds(500));
            Assert.Equal($"{repository}:1.0.0", rolledBack!.Image);
        }
        finally
        {
            await SwarmFixture.RemoveQuietlyAsync(docker, name);
        }
    }

    [ServerFact(Server.Docker | Server.Registry)]
    public async Task Updating_to_a_missing_image_is_rolled_back_by_swarm()
    {
        using var docker = SwarmFixture.Client();
        var repository = $"{TestServers.Registry}/{Unique.Name("clients-rb")}";
        await SwarmFixture.PushAsync(docker, repository, "1.0.0");
        var name = Unique.Name("clients-rollback");
        await docker.CreateServiceAsync(SwarmFixture.Service(name, $"{repository}:1.0.0"), CancellationToken.None);
        try
        {
            await Poll.UntilAsync(() => docker.ListTasksAsync(name, CancellationToken.None), t => t.Any(x => x.IsRunning),
                $"a running task of {name}", every: TimeSpan.FromMilliseconds(500));

            await docker.UpdateImageAsync(name, $"{repository}:9.9.9-missing", CancellationToken.None, SwarmFixture.FastRollingUpdate);

            var service = await Poll.UntilAsync(() => docker.InspectServiceAsync(name, CancellationToken.None),
                s => s?.UpdateStatus?.State == "rollback_completed", $"Swarm to roll {name} back", every: TimeSpan.FromMilliseconds(500));
            Assert.True(service!.UpdateStatus!.IsRollback);
            Assert.Equal($"{repository}:1.0.0", service.Image);
        }
        finally
        {
            await SwarmFixture.RemoveQuietlyAsync(docker, name);
        }
    }

    [ServerFact(Server.Docker | Server.Registry)]
    public async Task The_digest_of_a_missing_tag_is_not_found()
    {
        using var docker = SwarmFixture.Client();
        var repository = $"{TestServers.Registry}/{Unique.Name("clients-nodigest")}";
        await SwarmFixture.PushAsync(docker, repository, "1.0.0");

        var error = await Assert.ThrowsAsync<DockerApiException>(() => docker.GetDistributionDigestAsync($"{repository}:0.0.0-none", CancellationToken.None));

        Assert.Equal(DockerErrorKind.NotFound, error.Kind);
        Assert.Contains("manifest unknown", error.DaemonMessage, StringComparison.Ordinal);
    }
}
