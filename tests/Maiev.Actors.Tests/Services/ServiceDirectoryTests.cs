using Maiev.Actors.Hosting;
using Maiev.Actors.Services;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Sharding;

namespace Maiev.Actors.Tests.Services;

public sealed class ServiceDirectoryTests
{
    [Fact]
    public async Task Registered_services_start_again_after_a_node_restart_and_unmonitored_ones_do_not()
    {
        // Arrange: the directory and the service region over the harness's fakes
        await using var harness = new ServiceHarness(replicas: 1);
        var (region, directory) = Start(harness);
        var accepted = await region.Ask<object>(new MonitorService(ServiceHarness.Name, ServiceHarness.Spec()), TimeSpan.FromSeconds(15));
        Assert.IsType<CommandAccepted>(accepted);
        await harness.ScalerStartedAsync();
        await Eventually(directory, names => names.Contains(ServiceHarness.Name), "the directory to register the service");

        // Act: a new node on the same journal, with no command sent
        await harness.RestartAsync();
        (region, directory) = Start(harness);

        // Assert: the remembered service started (its scaler reports) and is listed
        await harness.ScalerStartedAsync();
        var list = await directory.Ask<ServiceList>(new ListServices(), TimeSpan.FromSeconds(15));
        Assert.Equal([ServiceHarness.Name], list.Names);

        // Act + Assert: unmonitored → deregistered
        Assert.IsType<CommandAccepted>(await region.Ask<object>(new UnmonitorService(ServiceHarness.Name), TimeSpan.FromSeconds(15)));
        await Eventually(directory, names => names.Count == 0, "the directory to forget the service");
    }

    [Fact]
    public async Task Status_of_a_service_never_monitored_is_not_found_through_the_region()
    {
        // Arrange
        await using var harness = new ServiceHarness();
        var (region, _) = Start(harness);

        // Act
        var first = await region.Ask<CommandRejected>(new GetServiceStatus("nobody"), TimeSpan.FromSeconds(15));
        var again = await region.Ask<CommandRejected>(new GetServiceStatus("nobody"), TimeSpan.FromSeconds(15));

        // Assert: answered each time, also after the entity passivated itself
        Assert.Equal(RejectionKind.NotFound, first.Kind);
        Assert.Equal(RejectionKind.NotFound, again.Kind);
    }

    private static (IActorRef Region, IActorRef Directory) Start(ServiceHarness harness)
    {
        var directory = harness.Kit.ActorOf(ServiceDirectoryActor.Props(harness.Journal), "service-directory");
        var deps = harness.Dependencies with { Directory = directory };
        var extractor = new HashMessageExtractor(8, m => (m as IServiceCommand)?.ServiceName ?? (m as StartEntity)?.ServiceName);
        var region = ShardRegion.Start(harness.Kit.System, new ShardRegionSettings(MaievActors.ServiceRegionName, name => ServiceActor.Props(name, deps), extractor));
        directory.Tell(new StartRememberedEntities(region));
        return (region, directory);
    }

    private static async Task Eventually(IActorRef directory, Func<IReadOnlyList<string>, bool> done, string what)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        IReadOnlyList<string> last = [];
        while (!deadline.IsCancellationRequested)
        {
            last = (await directory.Ask<ServiceList>(new ListServices(), TimeSpan.FromSeconds(15))).Names;
            if (done(last))
            {
                return;
            }

            await Task.Delay(20, CancellationToken.None);
        }

        Assert.Fail($"waited 15 s for {what}; the directory lists [{string.Join(", ", last)}]");
    }
}
