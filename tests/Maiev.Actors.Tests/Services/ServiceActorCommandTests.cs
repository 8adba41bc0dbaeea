using Maiev.Actors.Services;

namespace Maiev.Actors.Tests.Services;

public sealed class ServiceActorCommandTests
{
    [Fact]
    public async Task Pause_stops_automatic_scaling_and_resume_restarts_it()
    {
        // Arrange
        await using var harness = new ServiceHarness(replicas: 1);
        await harness.MonitorAsync();

        // Act: paused, a backlog arrives
        Assert.IsType<CommandAccepted>(await harness.AskAsync<object>(new PauseScaling(ServiceHarness.Name, "maintenance")));
        harness.Reading(500);
        var paused = await harness.AskAsync<ServiceStatus>(new GetServiceStatus(ServiceHarness.Name));
        Assert.IsType<CommandAccepted>(await harness.AskAsync<object>(new ResumeScaling(ServiceHarness.Name)));
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        harness.Reading(500);

        // Assert: the only scale is the one after resume
        await harness.ExpectScaleAsync(2);
        Assert.True(paused.Paused);
        Assert.Equal("maintenance", paused.PausedReason);
        Assert.Null(paused.LastDecision);
        await harness.ExpectEventAsync<ScalingPaused>(p => p.Reason == "maintenance");
        await harness.ExpectEventAsync<ScalingResumed>();
    }

    [Fact]
    public async Task Manual_scale_is_held_until_its_hold_time_passes()
    {
        // Arrange
        await using var harness = new ServiceHarness(replicas: 1);
        await harness.MonitorAsync();

        // Act: scale to 3 held for a minute; an empty queue during the hold
        var accepted = await harness.AskAsync<object>(new ScaleService(ServiceHarness.Name, 3, TimeSpan.FromMinutes(1)));
        await harness.ExpectScaleAsync(3);
        var manual = await harness.ExpectEventAsync<ScaleDecided>(d => d.Manual);
        harness.Reading(0);
        var held = await harness.AskAsync<ServiceStatus>(new GetServiceStatus(ServiceHarness.Name));
        harness.Clock.Advance(TimeSpan.FromSeconds(61));
        harness.Reading(0);

        // Assert: scaling down resumes only after the hold
        await harness.ExpectScaleAsync(2);
        Assert.IsType<CommandAccepted>(accepted);
        Assert.Equal((1, 3, "manual"), (manual.From, manual.To, manual.Policy));
        Assert.True(held.Paused);
        Assert.Equal(harness.Clock.GetUtcNow() - TimeSpan.FromSeconds(1), held.HoldUntil);
        Assert.Equal("manual scale hold", held.PausedReason);
    }

    [Fact]
    public async Task Manual_scale_without_hold_time_is_held_until_resume()
    {
        // Arrange
        await using var harness = new ServiceHarness(replicas: 1);
        await harness.MonitorAsync();
        await harness.AskAsync<object>(new ScaleService(ServiceHarness.Name, 4, null));
        await harness.ExpectScaleAsync(4);

        // Act
        harness.Clock.Advance(TimeSpan.FromHours(1));
        harness.Reading(0);
        var held = await harness.AskAsync<ServiceStatus>(new GetServiceStatus(ServiceHarness.Name));
        await harness.AskAsync<object>(new ResumeScaling(ServiceHarness.Name));
        harness.Reading(0);

        // Assert
        await harness.ExpectScaleAsync(3);
        Assert.True(held.Paused);
        Assert.Null(held.HoldUntil);
    }

    [Fact]
    public async Task Manual_scale_to_a_negative_count_is_a_validation_error()
    {
        // Arrange
        await using var harness = new ServiceHarness();
        await harness.MonitorAsync();

        // Act
        var rejected = await harness.AskAsync<CommandRejected>(new ScaleService(ServiceHarness.Name, -1, null));

        // Assert
        Assert.Equal(RejectionKind.Validation, rejected.Kind);
        Assert.Contains("-1", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unmonitor_stops_the_children_and_later_commands_are_not_found()
    {
        // Arrange
        await using var harness = new ServiceHarness();
        await harness.MonitorAsync();
        var scaler = harness.Scaler.LastSender!;
        var watcher = harness.Kit.CreateProbe();
        watcher.Watch(scaler);

        // Act
        var accepted = await harness.AskAsync<object>(new UnmonitorService(ServiceHarness.Name));
        var after = await harness.AskAsync<object>(new PauseScaling(ServiceHarness.Name, null));

        // Assert
        Assert.IsType<CommandAccepted>(accepted);
        await watcher.ExpectTerminatedAsync(scaler, TimeSpan.FromSeconds(15));
        Assert.Equal(RejectionKind.NotFound, Assert.IsType<CommandRejected>(after).Kind);
        await harness.ExpectEventAsync<ServiceUnmonitored>();
    }
}
