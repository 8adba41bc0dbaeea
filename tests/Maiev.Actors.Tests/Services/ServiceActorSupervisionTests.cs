using Maiev.Actors.Services;

namespace Maiev.Actors.Tests.Services;

public sealed class ServiceActorSupervisionTests
{
    [Fact]
    public async Task A_failing_child_is_recorded_and_recreated_after_backoff_and_the_service_keeps_scaling()
    {
        // Arrange
        await using var harness = new ServiceHarness(replicas: 1);
        await harness.MonitorAsync();
        var scaler = harness.Scaler.LastSender!;

        // Act: the scaler crashes
        scaler.Tell("crash");
        var fault = await harness.ExpectEventAsync<FaultObserved>();
        var status = await harness.AskAsync<ServiceStatus>(new GetServiceStatus(ServiceHarness.Name));
        harness.Clock.Advance(TimeSpan.FromSeconds(1)); // the first backoff
        await harness.ScalerStartedAsync();
        harness.Reading(500);

        // Assert
        await harness.ExpectScaleAsync(2);
        Assert.StartsWith("scaler", fault.Child, StringComparison.Ordinal);
        Assert.Contains("on purpose", fault.Error, StringComparison.Ordinal);
        Assert.Equal(fault.Child, status.LastFault!.Child);
    }

    [Fact]
    public async Task A_scale_requested_while_the_scaler_is_backing_off_is_applied_when_it_returns()
    {
        // Arrange
        await using var harness = new ServiceHarness(replicas: 1);
        await harness.MonitorAsync();
        harness.Scaler.LastSender!.Tell("crash");
        await harness.ExpectEventAsync<FaultObserved>();

        // Act
        harness.Reading(500);
        await harness.ExpectEventAsync<ScaleDecided>(d => d.To == 2);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));

        // Assert
        await harness.ExpectScaleAsync(2);
        await harness.ExpectEventAsync<ScaleApplied>(a => a.Replicas == 2);
    }
}
