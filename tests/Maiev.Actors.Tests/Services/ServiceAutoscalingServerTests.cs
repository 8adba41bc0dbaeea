using Maiev.Actors.Docker;
using Maiev.Actors.Hosting;
using Maiev.Actors.RabbitMq;
using Maiev.Actors.Services;
using Maiev.Actors.Specs;
using Maiev.Actors.Tests.Docker;
using Maiev.Actors.Tests.RabbitMq;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence.InMemory;
using Maiev.Runtime.Persistence.Serialization;
using Maiev.TestKit.Actors;
using Maiev.TestKit.Net;
using Maiev.TestKit.Servers;
using Maiev.TestKit.Workloads;
using RabbitMQ.Client;

namespace Maiev.Actors.Tests.Services;

/// <summary>
/// The whole loop on the real broker and Swarm: the workload consumes a queue as a Swarm service, Maiev watches the
/// queue through a cuttable proxy in front of the management API. Only states are asserted, never rates or timings.
/// </summary>
public sealed class ServiceAutoscalingServerTests
{
    private const string Image = "maiev-test/workload:1.0.0";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(75);

    [ServerFact(Server.RabbitMq | Server.Docker)]
    public async Task Backlog_scales_up_unknown_metrics_hold_and_scaling_resumes_down_to_min()
    {
        // Arrange: a consumer service at 1 replica, a queue, Maiev watching through the proxy.
        var image = await WorkloadImage.EnsureAsync(Image, "1.0.0", CancellationToken.None);
        var name = Unique.Name("autoscale");
        using var docker = SwarmFixture.Client();
        await using var proxy = new TcpProxy(TestServers.RabbitMqApi);
        using var direct = RabbitMqFixture.Client();
        await using var connection = await RabbitMqFixture.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(name, durable: false, exclusive: false, autoDelete: false);
        await using var kit = new ActorTestKit(manualClock: false);
        try
        {
            await docker.CreateServiceAsync(new SwarmServiceDefinition(name, image, null, 1)
            {
                Env = [$"WORKLOAD_AMQP={TestServers.RabbitMqAmqp}", $"WORKLOAD_QUEUE={name}", "WORKLOAD_RATE=10"],
                Networks = ["host"],
                Labels = new Dictionary<string, string> { ["maiev.test"] = "services" },
            }, CancellationToken.None);
            await using var maiev = await StartMaievAsync(kit, docker, proxy);
            var accepted = await maiev.Services.Ask<object>(new MonitorService(name, Spec(name)), TimeSpan.FromSeconds(30));
            Assert.True(accepted is CommandAccepted, $"monitor answered {accepted}");

            // Act 1: a backlog builds
            var body = new byte[16];
            for (var i = 0; i < 400; i++)
            {
                await channel.BasicPublishAsync(string.Empty, name, body);
            }

            // Assert 1: replicas go up
            await Poll.UntilAsync(() => ReplicasAsync(docker, name), r => r >= 2, $"{name} scaled to 2 or more replicas", Patience);

            // Act 2: the management API is cut while the backlog drains
            proxy.Cut();
            await Poll.UntilAsync(() => StatusAsync(maiev, name), s => s.Probes[0].State != ProbeState.Up, "the probe to report the API unreachable", Patience);
            await Poll.UntilAsync(() => direct.GetQueueAsync("/", name, CancellationToken.None), q => q is { MessagesReady: 0 }, $"{name} drained (seen directly)", Patience);
            var during = await ReplicasAsync(docker, name);
            // A negative check: six stats intervals in which a scale-down on "empty" data would have happened.
            await Task.Delay(TimeSpan.FromSeconds(6));
            var stillHeld = await ReplicasAsync(docker, name);

            // Assert 2: held while unknown (no scale-down)
            Assert.True(during >= 2, $"replicas were {during} when the queue drained behind the cut");
            Assert.True(stillHeld >= during, $"replicas went from {during} to {stillHeld} while the metrics were unknown");

            // Act 3 + Assert 3: restored → scaling resumes, down to min
            proxy.Restore();
            await Poll.UntilAsync(() => ReplicasAsync(docker, name), r => r == 1, $"{name} scaled back down to min 1", Patience);
            var history = await maiev.Services.Ask<ServiceHistoryPage>(new GetServiceHistory(name, 0, 200), TimeSpan.FromSeconds(30));
            Assert.Contains(history.Items, e => e.Type == nameof(ScaleDecided) && e.Summary.Contains("1 → 2", StringComparison.Ordinal));
            Assert.Contains(history.Items, e => e.Type == nameof(ScaleApplied));
        }
        finally
        {
            await SwarmFixture.RemoveQuietlyAsync(docker, name);
            await channel.QueueDeleteAsync(name);
        }
    }

    private static ServiceSpec Spec(string queue)
    {
        var json = $$"""
            {
              "min": 1, "max": 3,
              "scale": {
                "resources": [{ "name": "rmq", "monitorer": "monitorer_rabbitmq", "identifier": "{{queue}}" }],
                "rules": [{ "name": "busy", "expression": "rmq:waiting > 20" }],
                "scale_up": "rules:busy",
                "scale_down": "rmq:waiting < 1"
              }
            }
            """;
        return ServiceSpecReader.Read(json).Spec ?? throw new InvalidOperationException("test spec invalid");
    }

    private static async Task<MaievActorsHandle> StartMaievAsync(ActorTestKit kit, DockerClient docker, TcpProxy proxy)
    {
        var registry = ServiceEventTypes.Register(new EventTypeRegistry());
        var options = new MaievActorsOptions
        {
            Journal = new InMemoryJournal(registry, TimeProvider.System),
            Snapshots = new InMemorySnapshotStore(registry),
            Events = registry,
            RabbitMq = RabbitMqFixture.Options(proxy.Through(TestServers.RabbitMqApi)) with { RequestTimeout = TimeSpan.FromSeconds(3) },
            Stats = new RabbitMqStatsSettings(TimeSpan.FromSeconds(1)),
            Docker = docker,
            ObserveInterval = TimeSpan.FromSeconds(2),
        };
        return await MaievActors.StartAsync(kit.System, options, CancellationToken.None);
    }

    private static async Task<int?> ReplicasAsync(DockerClient docker, string name) =>
        (await docker.InspectServiceAsync(name, CancellationToken.None))?.Replicas;

    private static Task<ServiceStatus> StatusAsync(MaievActorsHandle maiev, string name) =>
        maiev.Services.Ask<ServiceStatus>(new GetServiceStatus(name), TimeSpan.FromSeconds(30));
}
