using Maiev.Actors.Hosting;
using Maiev.Actors.Services;
using Maiev.Actors.Upgrades;
using Maiev.Actors.Versions;
using Outcome = Maiev.Actors.Upgrades.UpgradeOutcome;

namespace Maiev.Actors.Tests.Services;

public sealed class ServiceActorUpgradeTests
{
    private const string Running = "localhost:5000/shop/orders:1.0.0@sha256:aaaaaaaaaaaaaaaa";
    private const string Minor = ",\"upgrade\": { \"policy\": \"minor\" }";

    private static ImagePushed Push(string tag, char digit) =>
        new(ImageReference.Parse($"localhost:5000/shop/orders:{tag}@sha256:{new string(digit, 16)}"), "ev-" + tag, DateTimeOffset.UnixEpoch, "webhook");

    [Fact]
    public async Task An_acceptable_push_starts_the_upgrade_child_and_a_newer_one_is_queued_then_started()
    {
        // Arrange
        await using var harness = new ServiceHarness(replicas: 1, image: Running);
        var known = harness.Kit.CreateProbe();
        harness.Kit.System.EventStream.Subscribe<ServiceImageKnown>(known);
        await harness.MonitorAsync(ServiceHarness.Spec(Minor));
        await known.ExpectMsgAsync<ServiceImageKnown>(k => k.Image.Tag == "1.0.0");

        // Act: 1.1.0 is pushed, then 1.2.0 while 1.1.0 rolls out
        harness.Kit.System.EventStream.Publish(Push("1.1.0", 'b'));
        var first = await harness.Upgrades.ExpectMsgAsync<UpgradeChildRequest>();
        harness.Kit.System.EventStream.Publish(Push("1.2.0", 'c'));
        var queued = await harness.ExpectEventAsync<NewVersionSeen>(v => v.Queued);
        harness.Service.Tell(new UpgradeFinished(ServiceHarness.Name, first.Target, Outcome.Completed, null, TimeSpan.FromSeconds(30), []));
        var second = await harness.Upgrades.ExpectMsgAsync<UpgradeChildRequest>();

        // Assert
        Assert.Equal(("1.1.0", false), (first.Target.Tag, first.Resume));
        Assert.Equal("sha256:" + new string('b', 16), first.Target.Digest);
        Assert.Contains("1.2.0", queued.Pushed, StringComparison.Ordinal);
        await harness.ExpectEventAsync<UpgradeCompleted>(c => c.Target.Contains("1.1.0", StringComparison.Ordinal));
        await known.FishForMessageAsync<ServiceImageKnown>(k => k.Image.Tag == "1.1.0");
        Assert.Equal("1.2.0", second.Target.Tag);
    }

    [Fact]
    public async Task A_push_outside_the_policy_is_recorded_and_starts_nothing()
    {
        // Arrange
        await using var harness = new ServiceHarness(replicas: 1, image: Running);
        await harness.MonitorAsync(ServiceHarness.Spec(Minor));

        // Act
        harness.Kit.System.EventStream.Publish(Push("2.0.0", 'd'));
        var seen = await harness.ExpectEventAsync<NewVersionSeen>();
        var status = await harness.AskAsync<ServiceStatus>(new GetServiceStatus(ServiceHarness.Name));

        // Assert
        Assert.Equal(nameof(Maiev.Actors.Versions.UpgradeOutcome.OutsidePolicy), seen.Outcome);
        Assert.False(seen.Queued);
        Assert.Null(status.Upgrade);
    }

    [Fact]
    public async Task An_upgrade_in_flight_resumes_following_after_a_restart()
    {
        // Arrange
        await using var harness = new ServiceHarness(replicas: 1, image: Running);
        await harness.MonitorAsync(ServiceHarness.Spec(Minor));
        harness.Kit.System.EventStream.Publish(Push("1.1.0", 'b'));
        await harness.Upgrades.ExpectMsgAsync<UpgradeChildRequest>();
        await harness.ExpectEventAsync<UpgradeStarted>();

        // Act
        await harness.RestartAsync();
        var resumed = await harness.Upgrades.ExpectMsgAsync<UpgradeChildRequest>();
        var status = await harness.AskAsync<ServiceStatus>(new GetServiceStatus(ServiceHarness.Name));
        var scale = await harness.AskAsync<CommandRejected>(new ScaleService(ServiceHarness.Name, 2, null));

        // Assert
        Assert.True(resumed.Resume);
        Assert.Equal("1.1.0", resumed.Target.Tag);
        Assert.Equal("1.1.0", status.Upgrade!.Target.Tag);
        Assert.Equal(RejectionKind.Conflict, scale.Kind);
    }

    [Fact]
    public async Task A_rolled_back_upgrade_is_recorded_and_clears_the_upgrade()
    {
        // Arrange
        await using var harness = new ServiceHarness(replicas: 1, image: Running);
        await harness.MonitorAsync(ServiceHarness.Spec(Minor));
        harness.Kit.System.EventStream.Publish(Push("1.1.0", 'b'));
        var request = await harness.Upgrades.ExpectMsgAsync<UpgradeChildRequest>();

        // Act
        harness.Service.Tell(new UpgradeFinished(ServiceHarness.Name, request.Target, Outcome.RolledBack, "task exited 1", TimeSpan.FromSeconds(9), ["exit 1"]));
        var rolledBack = await harness.ExpectEventAsync<UpgradeRolledBack>();
        var status = await harness.AskAsync<ServiceStatus>(new GetServiceStatus(ServiceHarness.Name));

        // Assert
        Assert.Equal(["exit 1"], rolledBack.TaskErrors);
        Assert.Null(status.Upgrade);
        Assert.Equal("1.0.0", status.Image!.Tag);
    }
}
