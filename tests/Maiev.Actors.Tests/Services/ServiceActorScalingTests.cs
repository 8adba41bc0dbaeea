using Maiev.Actors.Services;

namespace Maiev.Actors.Tests.Services;

public sealed class ServiceActorScalingTests
{
    [Fact]
    public async Task Sample_sequence_produces_the_expected_decisions_and_events()
    {
        // Arrange
        await using var harness = new ServiceHarness(replicas: 1);
        await harness.MonitorAsync();
        await harness.ExpectEventAsync<ServiceMonitored>();

        // Act + Assert: a backlog → up one step per sample, clamped at max 4
        harness.Reading(500);
        await harness.ExpectScaleAsync(2);
        var up = await harness.ExpectEventAsync<ScaleDecided>();
        Assert.Equal((1, 2, "step"), (up.From, up.To, up.Policy));
        Assert.Equal(500, up.Metrics["rmq"]!.Waiting);
        Assert.Contains(up.Rules, r => r.Name == "busy" && r.Value == true);
        await harness.ExpectEventAsync<ScaleApplied>(a => a.Replicas == 2);

        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        harness.Reading(500);
        await harness.ExpectScaleAsync(3);

        // an empty queue → one step down
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        harness.Reading(0);
        await harness.ExpectScaleAsync(2);
        var down = await harness.ExpectEventAsync<ScaleDecided>(d => d.To < d.From);
        Assert.Equal((3, 2), (down.From, down.To));

        // unknown data never scales: the next change comes from the next known sample
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        harness.Unavailable();
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        harness.Reading(0);
        await harness.ExpectScaleAsync(1);
        var status = await harness.AskAsync<ServiceStatus>(new GetServiceStatus(ServiceHarness.Name));
        Assert.Equal(1, status.ObservedReplicas);
        Assert.Equal(ProbeState.Up, status.Probes.Single().State);
        Assert.Equal((2, 1), (status.LastDecision!.From, status.LastDecision.To));
    }

    [Fact]
    public async Task Unknown_metrics_hold_the_replicas()
    {
        // Arrange
        await using var harness = new ServiceHarness(replicas: 3);
        await harness.MonitorAsync();

        // Act: the management API is unavailable, then a known sample that wants to scale up arrives
        harness.Unavailable();
        var held = await harness.AskAsync<ServiceStatus>(new GetServiceStatus(ServiceHarness.Name));
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        harness.Reading(500);

        // Assert: the first scale asked for is the one after the known sample, from 3
        await harness.ExpectScaleAsync(4);
        var decided = await harness.ExpectEventAsync<ScaleDecided>();
        Assert.Equal(3, decided.From);
        Assert.Equal(3, held.ObservedReplicas);
    }

    [Fact]
    public async Task History_pages_through_every_persisted_event()
    {
        // Arrange
        await using var harness = new ServiceHarness(replicas: 1);
        await harness.MonitorAsync();
        harness.Reading(500);
        await harness.ExpectScaleAsync(2);
        await harness.ExpectEventAsync<ScaleApplied>();

        // Act
        var first = await harness.AskAsync<ServiceHistoryPage>(new GetServiceHistory(ServiceHarness.Name, 0, 2));
        var second = await harness.AskAsync<ServiceHistoryPage>(new GetServiceHistory(ServiceHarness.Name, first.Next!.Value, 2));

        // Assert
        Assert.Equal(["ServiceMonitored", "ScaleDecided"], first.Items.Select(i => i.Type));
        Assert.Equal(2, first.Next);
        Assert.Equal(["ScaleApplied"], second.Items.Select(i => i.Type));
        Assert.Null(second.Next);
        Assert.Contains("1 → 2", first.Items[1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_for_an_unknown_service_are_rejected_as_not_found()
    {
        // Arrange
        await using var harness = new ServiceHarness();

        // Act
        var status = await harness.AskAsync<CommandRejected>(new GetServiceStatus(ServiceHarness.Name));
        var pause = await harness.AskAsync<CommandRejected>(new PauseScaling(ServiceHarness.Name, null));

        // Assert
        Assert.Equal(RejectionKind.NotFound, status.Kind);
        Assert.Equal(RejectionKind.NotFound, pause.Kind);
    }

    [Fact]
    public async Task A_spec_whose_rules_do_not_compile_is_refused_with_positions_and_nothing_is_stored()
    {
        // Arrange
        await using var harness = new ServiceHarness();
        var spec = ServiceHarness.Spec();
        spec = spec with { Scale = spec.Scale! with { ScaleUp = "rmq:waiting >" } };

        // Act
        var rejected = await harness.AskAsync<CommandRejected>(new MonitorService(ServiceHarness.Name, spec));

        // Assert
        Assert.Equal(RejectionKind.Validation, rejected.Kind);
        Assert.Contains(rejected.Errors, e => e.Path.Contains("scale_up", StringComparison.Ordinal) && e.Line is not null);
        Assert.Equal(0, await harness.Journal.ReadHighestSequenceNrAsync("service-orders", CancellationToken.None));
    }
}
