using System.Text.Json;
using Maiev.Actors.Services;

namespace Maiev.Actors.Tests.Services;

public sealed class ServiceActorRecoveryTests
{
    [Theory]
    [InlineData(100)] // events only
    [InlineData(2)] // snapshots plus the events after them
    public async Task A_new_actor_system_on_the_same_journal_recovers_the_same_state(int snapshotEvery)
    {
        // Arrange: decisions, a pause and a manual hold
        await using var harness = new ServiceHarness(replicas: 1, snapshotEvery: snapshotEvery);
        await harness.MonitorAsync();
        harness.Reading(500);
        await harness.ExpectScaleAsync(2);
        await harness.ExpectEventAsync<ScaleApplied>();
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        harness.Reading(500);
        await harness.ExpectScaleAsync(3);
        await harness.ExpectEventAsync<ScaleApplied>(a => a.Replicas == 3);
        await harness.AskAsync<object>(new PauseScaling(ServiceHarness.Name, "night"));
        var before = await harness.AskAsync<ServiceStatus>(new GetServiceStatus(ServiceHarness.Name));
        var historyBefore = await harness.AskAsync<ServiceHistoryPage>(new GetServiceHistory(ServiceHarness.Name, 0, 100));

        // Act
        await harness.RestartAsync();
        await harness.ScalerStartedAsync(); // recovered as monitored: children start without a command
        var after = await harness.AskAsync<ServiceStatus>(new GetServiceStatus(ServiceHarness.Name));
        var historyAfter = await harness.AskAsync<ServiceHistoryPage>(new GetServiceHistory(ServiceHarness.Name, 0, 100));

        // Assert
        Assert.Equal(JsonSerializer.Serialize(before.Spec), JsonSerializer.Serialize(after.Spec)); // ImmutableArray compares by reference
        Assert.Equal(before.DesiredReplicas, after.DesiredReplicas);
        Assert.Equal(before.LastDecision, after.LastDecision);
        Assert.Equal((before.Paused, before.PausedReason), (after.Paused, after.PausedReason));
        Assert.Equal(before.Rules.Keys, after.Rules.Keys);
        Assert.Equal(historyBefore.Items.Select(i => (i.Seq, i.Type, i.Summary)), historyAfter.Items.Select(i => (i.Seq, i.Type, i.Summary)));
    }

    [Fact]
    public async Task Cooldowns_survive_a_restart()
    {
        // Arrange: a scale-up cooldown of 10 minutes, one scale up
        await using var harness = new ServiceHarness(replicas: 1);
        var spec = ServiceHarness.Spec();
        spec = spec with { Scale = spec.Scale! with { ScaleUpCooldown = TimeSpan.FromMinutes(10) } };
        await harness.MonitorAsync(spec);
        harness.Reading(500);
        await harness.ExpectScaleAsync(2);
        await harness.ExpectEventAsync<ScaleApplied>();

        // Act: restart on a clock that moved one minute on, then the backlog is still there
        await harness.RestartAsync();
        await harness.ScalerStartedAsync();
        harness.Clock.SetUtcNow(harness.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        harness.Reading(500);
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        harness.Reading(500);

        // Assert: the only scale after the restart is the one after the cooldown
        await harness.ExpectScaleAsync(3);
    }
}
