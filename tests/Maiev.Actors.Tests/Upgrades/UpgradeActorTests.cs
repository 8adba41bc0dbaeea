using Maiev.Actors.Upgrades;
using Maiev.Actors.Versions;
using UpgradeOutcome = Maiev.Actors.Upgrades.UpgradeOutcome;
using Maiev.TestKit.Actors;
using Maiev.TestKit.Servers;

namespace Maiev.Actors.Tests.Upgrades;

/// <summary>The UpgradeActor against the real registry and Swarm: states are polled for, durations never asserted.</summary>
public sealed class UpgradeActorTests : IAsyncDisposable
{
    private static readonly UpgradeSettings Settings = new() { FollowInterval = TimeSpan.FromMilliseconds(500), Timeout = TimeSpan.FromMinutes(3) };
    private readonly ActorTestKit _kit = new(manualClock: false);

    public ValueTask DisposeAsync() => _kit.DisposeAsync();

    [ServerFact(Server.Docker | Server.Registry | Server.RabbitMq)]
    public async Task A_pushed_version_is_rolled_out_pinned_to_its_digest_and_reported_Completed()
    {
        await using var fixture = await UpgradeFixture.StartAsync("upg-ok");
        var target = ImageReference.Parse(await fixture.PushWorkloadAsync("1.0.1"));
        var parent = _kit.CreateProbe();

        _kit.ActorOf(ForwardingParent.Props(UpgradeActor.Props(fixture.Name, target, fixture.Docker, Settings, TimeProvider.System), parent));

        var finished = await parent.FishForMessageAsync<UpgradeFinished>(_ => true, UpgradeFixture.Patience);
        Assert.True(finished.Outcome == UpgradeOutcome.Completed, $"upgrade ended {finished}");
        Assert.Equal(target, finished.Target);
        var service = await fixture.Docker.InspectServiceAsync(fixture.Name, CancellationToken.None);
        Assert.Equal(target.ToString(), service!.Image);
        Assert.Equal("rollback", service.Spec["UpdateConfig"]?["FailureAction"]?.GetValue<string>()); // Maiev's default, the service had none
        var running = (await fixture.Docker.ListTasksAsync(fixture.Name, CancellationToken.None)).Where(t => t.IsRunning).ToList();
        Assert.NotEmpty(running);
        Assert.All(running, t => Assert.Equal(target.ToString(), t.Image));

        // Resuming after a restart follows what is there and issues nothing new.
        var resumed = _kit.CreateProbe();
        _kit.ActorOf(ForwardingParent.Props(UpgradeActor.Props(fixture.Name, target, fixture.Docker, Settings, TimeProvider.System, resume: true), resumed));
        Assert.Equal("following", (await resumed.ExpectMsgAsync<UpgradeProgressed>()).State);
        var again = await resumed.FishForMessageAsync<UpgradeFinished>(_ => true, UpgradeFixture.Patience);
        Assert.True(again.Outcome == UpgradeOutcome.Completed, $"resumed follow ended {again}");
        var after = await fixture.Docker.InspectServiceAsync(fixture.Name, CancellationToken.None);
        Assert.Equal(service.UpdateStatus?.StartedAt, after!.UpdateStatus?.StartedAt);
    }

    [ServerFact(Server.Docker | Server.Registry | Server.RabbitMq)]
    public async Task A_pushed_image_that_cannot_run_is_rolled_back_by_Swarm_and_reported_with_the_task_error()
    {
        await using var fixture = await UpgradeFixture.StartAsync("upg-rb");
        var before = (await fixture.Docker.InspectServiceAsync(fixture.Name, CancellationToken.None))!.Image;
        var target = ImageReference.Parse(await fixture.PushBrokenAsync("1.0.2"));
        var parent = _kit.CreateProbe();

        _kit.ActorOf(ForwardingParent.Props(UpgradeActor.Props(fixture.Name, target, fixture.Docker, Settings, TimeProvider.System), parent));

        var finished = await parent.FishForMessageAsync<UpgradeFinished>(_ => true, UpgradeFixture.Patience);
        Assert.True(finished.Outcome == UpgradeOutcome.RolledBack, $"upgrade ended {finished}");
        Assert.NotEmpty(finished.TaskErrors);
        Assert.Equal(finished.TaskErrors[0], finished.Reason);
        Assert.Contains("exit", finished.Reason, StringComparison.OrdinalIgnoreCase);
        var service = await fixture.Docker.InspectServiceAsync(fixture.Name, CancellationToken.None);
        Assert.Equal(before, service!.Image);
    }

    [ServerFact(Server.Docker)]
    public async Task An_upgrade_of_a_service_that_does_not_exist_is_reported_Failed()
    {
        using var docker = Docker.SwarmFixture.Client();
        var target = ImageReference.Parse($"127.0.0.1:5000/none:1.0.1@sha256:{new string('a', 64)}");
        var parent = _kit.CreateProbe();

        _kit.ActorOf(ForwardingParent.Props(UpgradeActor.Props(Unique.Name("upg-missing"), target, docker, Settings, TimeProvider.System), parent));

        var finished = await parent.FishForMessageAsync<UpgradeFinished>(_ => true, UpgradeFixture.Patience);
        Assert.Equal(UpgradeOutcome.Failed, finished.Outcome);
        Assert.Contains("does not exist", finished.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_without_a_digest_is_refused()
    {
        using var docker = new Maiev.Actors.Docker.DockerClient(new Maiev.Actors.Docker.DockerEndpoint(new Uri("unix:///nonexistent.sock")));

        var error = Assert.Throws<ArgumentException>(() =>
            UpgradeActor.Props("web", ImageReference.Parse("registry.local/app:1.0.1"), docker, Settings, TimeProvider.System));

        Assert.Contains("digest", error.Message, StringComparison.Ordinal);
    }
}
