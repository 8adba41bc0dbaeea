using System.Text.Json.Nodes;
using Maiev.Actors.Docker;
using Maiev.Actors.Tests.RabbitMq;
using Maiev.TestKit.Servers;

namespace Maiev.Actors.Tests.Docker;

/// <summary>The Docker client against the real Swarm: services, scaling, out-of-sequence retry, events.</summary>
public sealed class DockerClientSwarmTests
{
    [ServerFact(Server.Docker)]
    public async Task Ping_negotiates_an_api_version_no_newer_than_ours()
    {
        using var docker = SwarmFixture.Client();

        await docker.PingAsync(CancellationToken.None);

        Assert.True(Version.Parse(docker.ApiVersion!) <= DockerClient.MaxApiVersion, $"negotiated {docker.ApiVersion}");
    }

    [ServerFact(Server.Docker)]
    public async Task Scale_from_1_to_3_runs_3_tasks()
    {
        using var docker = SwarmFixture.Client();
        var name = Unique.Name("clients-scale");
        await docker.CreateServiceAsync(SwarmFixture.Service(name), CancellationToken.None);
        try
        {
            await Poll.UntilAsync(() => docker.ListTasksAsync(name, CancellationToken.None), t => t.Count(x => x.IsRunning) == 1,
                $"1 running task of {name}", every: TimeSpan.FromMilliseconds(500));

            var sent = await docker.ScaleServiceAsync(name, 3, CancellationToken.None);
            Assert.Equal(3, sent.Replicas);

            var tasks = await Poll.UntilAsync(() => docker.ListTasksAsync(name, CancellationToken.None), t => t.Count(x => x.IsRunning) == 3,
                $"3 running tasks of {name}", every: TimeSpan.FromMilliseconds(500));
            Assert.Equal([1, 2, 3], tasks.Where(t => t.IsRunning).Select(t => t.Slot!.Value).Order());
            Assert.Equal(3, (await docker.InspectServiceAsync(name, CancellationToken.None))!.Replicas);
        }
        finally
        {
            await SwarmFixture.RemoveQuietlyAsync(docker, name);
        }
    }

    [ServerFact(Server.Docker)]
    public async Task A_concurrent_update_makes_the_first_attempt_out_of_sequence_and_the_retry_applies_both()
    {
        using var docker = SwarmFixture.Client();
        var name = Unique.Name("clients-seq");
        await docker.CreateServiceAsync(SwarmFixture.Service(name), CancellationToken.None);
        try
        {
            var attempts = 0;
            await docker.UpdateServiceAsync(name, service =>
            {
                attempts++;
                if (attempts == 1)
                {
                    // Someone else changes the service between our read and our write.
                    docker.UpdateServiceAsync(name, other =>
                    {
                        ((JsonObject)other.Spec["Labels"]!)["changed-by"] = "someone-else";
                        return true;
                    }, CancellationToken.None).GetAwaiter().GetResult();
                }

                ((JsonObject)service.Spec["Labels"]!)["changed-by-us"] = "yes";
                return true;
            }, CancellationToken.None);

            var labels = (await docker.InspectServiceAsync(name, CancellationToken.None))!.Labels;
            Assert.Equal(2, attempts);
            Assert.Equal("someone-else", labels.GetValueOrDefault("changed-by"));
            Assert.Equal("yes", labels.GetValueOrDefault("changed-by-us"));
        }
        finally
        {
            await SwarmFixture.RemoveQuietlyAsync(docker, name);
        }
    }

    [ServerFact(Server.Docker)]
    public async Task A_stale_version_is_reported_as_out_of_sequence_when_retries_run_out()
    {
        using var docker = new DockerClient(new DockerEndpoint(DockerEndpoint.Parse(TestServers.DockerHost))) { MaxUpdateAttempts = 1 };
        var name = Unique.Name("clients-stale");
        await docker.CreateServiceAsync(SwarmFixture.Service(name), CancellationToken.None);
        try
        {
            var error = await Assert.ThrowsAsync<DockerApiException>(() => docker.UpdateServiceAsync(name, service =>
            {
                docker.ScaleServiceAsync(name, 2, CancellationToken.None).GetAwaiter().GetResult();
                return true;
            }, CancellationToken.None));

            Assert.Equal(DockerErrorKind.OutOfSequence, error.Kind);
            Assert.Equal(500, error.StatusCode);
            Assert.Contains("out of sequence", error.DaemonMessage, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await SwarmFixture.RemoveQuietlyAsync(docker, name);
        }
    }

    [ServerFact(Server.Docker)]
    public async Task Listing_by_exact_name_does_not_match_a_longer_name_and_labels_filter()
    {
        using var docker = SwarmFixture.Client();
        var name = Unique.Name("clients-list");
        await docker.CreateServiceAsync(SwarmFixture.Service(name + "2"), CancellationToken.None);
        await docker.CreateServiceAsync(SwarmFixture.Service(name), CancellationToken.None);
        try
        {
            var exact = await docker.ListServicesAsync(CancellationToken.None, name: name);
            var labelled = await docker.ListServicesAsync(CancellationToken.None, labels: ["maiev.test=clients"]);

            Assert.Equal([name], exact.Select(s => s.Name));
            Assert.Contains(labelled, s => s.Name == name);
            Assert.Contains(labelled, s => s.Name == name + "2");
        }
        finally
        {
            await SwarmFixture.RemoveQuietlyAsync(docker, name);
            await SwarmFixture.RemoveQuietlyAsync(docker, name + "2");
        }
    }

    [ServerFact(Server.Docker)]
    public async Task A_missing_service_is_null_on_inspect_and_not_found_on_scale()
    {
        using var docker = SwarmFixture.Client();
        var name = Unique.Name("clients-missing");

        var inspected = await docker.InspectServiceAsync(name, CancellationToken.None);
        var error = await Assert.ThrowsAsync<DockerApiException>(() => docker.ScaleServiceAsync(name, 2, CancellationToken.None));

        Assert.Null(inspected);
        Assert.Equal(DockerErrorKind.NotFound, error.Kind);
        Assert.False(await docker.RemoveServiceAsync(name, CancellationToken.None));
    }

    [ServerFact(Server.Docker)]
    public async Task The_event_stream_sees_the_update_of_a_service()
    {
        using var docker = SwarmFixture.Client();
        var name = Unique.Name("clients-events");
        var id = await docker.CreateServiceAsync(SwarmFixture.Service(name), CancellationToken.None);
        using var timeout = new CancellationTokenSource(Poll.Patience);
        try
        {
            var since = DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeMilliseconds() * 1_000_000;
            var seen = new List<string>();
            await docker.ScaleServiceAsync(name, 2, CancellationToken.None);

            await foreach (var e in docker.FollowEventsAsync(["service"], TimeSpan.FromSeconds(1), since, timeout.Token).WithCancellation(timeout.Token))
            {
                if (e.ActorId != id)
                {
                    continue;
                }

                seen.Add(e.Action);
                if (e.Action == "update")
                {
                    break;
                }
            }

            Assert.Contains("update", seen);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"no 'update' event for {name} within {Poll.Patience.TotalSeconds} s");
        }
        finally
        {
            await SwarmFixture.RemoveQuietlyAsync(docker, name);
        }
    }

    [ServerFact(Server.Docker)]
    public async Task A_global_service_is_reported_and_never_scaled()
    {
        using var docker = SwarmFixture.Client();
        var name = Unique.Name("clients-global");
        await docker.CreateServiceAsync(SwarmFixture.Service(name) with { Global = true }, CancellationToken.None);
        try
        {
            var before = await docker.InspectServiceAsync(name, CancellationToken.None);

            var error = await Assert.ThrowsAsync<DockerApiException>(() => docker.ScaleServiceAsync(name, 3, CancellationToken.None));

            Assert.True(before!.IsGlobal);
            Assert.Null(before.Replicas);
            Assert.Equal(DockerErrorKind.Invalid, error.Kind);
            Assert.Contains("global", error.Message, StringComparison.Ordinal);
            Assert.Equal(before.VersionIndex, (await docker.InspectServiceAsync(name, CancellationToken.None))!.VersionIndex);
        }
        finally
        {
            await SwarmFixture.RemoveQuietlyAsync(docker, name);
        }
    }
}
