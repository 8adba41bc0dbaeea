using System.Text.Json;
using Maiev.Actors.Hosting;
using Maiev.Actors.Metrics;
using Maiev.Actors.Services;
using Maiev.Actors.Specs;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.InMemory;
using Maiev.Runtime.Persistence.Serialization;
using Maiev.TestKit.Actors;

namespace Maiev.Actors.Tests.Services;

/// <summary>
/// One actor system on the manual clock with a ServiceActor whose scaler, probes and upgrade child are fakes that
/// report to test probes. <see cref="RestartAsync"/> starts a new system on the same journal and snapshot store.
/// </summary>
internal sealed class ServiceHarness : IAsyncDisposable
{
    public const string Name = "orders";

    private readonly EventTypeRegistry _registry = ServiceEventTypes.Register(new EventTypeRegistry());

    public ServiceHarness(int replicas = 1, string? image = null, int snapshotEvery = 100)
    {
        Replicas = replicas;
        Image = image;
        SnapshotEvery = snapshotEvery;
        Kit = new ActorTestKit();
        Journal = new InMemoryJournal(_registry, Kit.ManualClock);
        Snapshots = new InMemorySnapshotStore(_registry);
        Start();
    }

    public int Replicas { get; set; }

    public string? Image { get; set; }

    public int SnapshotEvery { get; }

    public ActorTestKit Kit { get; private set; }

    public IJournal Journal { get; }

    public ISnapshotStore Snapshots { get; }

    public IActorRef Service { get; private set; } = null!;

    /// <summary>Receives <see cref="ApplyScale"/> (sender: the fake scaler) and "scaler started" notices.</summary>
    public TestProbe Scaler { get; private set; } = null!;

    /// <summary>Receives each <see cref="UpgradeChildRequest"/> the ServiceActor starts a child for.</summary>
    public TestProbe Upgrades { get; private set; } = null!;

    /// <summary>Receives every <see cref="ServiceEventPublished"/>.</summary>
    public TestProbe Events { get; private set; } = null!;

    public ServiceDependencies Dependencies { get; private set; } = null!;

    public ManualTimeProvider Clock => Kit.ManualClock;

    public static ServiceSpec Spec(string extra = "")
    {
        var json = $$"""
            {
              "min": 1, "max": 4,
              "scale": {
                "resources": [{ "name": "rmq", "monitorer": "monitorer_rabbitmq", "identifier": "orders" }],
                "rules": [{ "name": "busy", "expression": "rmq:waiting > 100" }],
                "scale_up": "rules:busy",
                "scale_down": "rmq:waiting < 1"
              }{{extra}}
            }
            """;
        var read = ServiceSpecReader.Read(json);
        Assert.True(read.Spec is not null, "test spec invalid: " + string.Join("; ", read.Errors));
        return read.Spec!;
    }

    public static QueueMetrics Waiting(double waiting, DateTimeOffset at) => new(true, waiting, 0, null, null, null, 0, 0, 1, null, at);

    public void Reading(double waiting) =>
        Service.Tell(new ProbeReading("rmq", ProbeState.Up, Waiting(waiting, Clock.GetUtcNow()), Clock.GetUtcNow(), null));

    public void Unavailable() =>
        Service.Tell(new ProbeReading("rmq", ProbeState.Unavailable, null, Clock.GetUtcNow(), "connection refused"));

    public Task<T> AskAsync<T>(object message) => Service.Ask<T>(message, TimeSpan.FromSeconds(15));

    public async Task MonitorAsync(ServiceSpec? spec = null)
    {
        var accepted = await AskAsync<object>(new MonitorService(Name, spec ?? Spec()));
        Assert.True(accepted is CommandAccepted, $"monitor answered {accepted}");
        await ScalerStartedAsync();
    }

    public Task ScalerStartedAsync() => Scaler.ExpectMsgAsync<string>(s => s == "scaler started", TimeSpan.FromSeconds(15));

    public async Task<ApplyScale> ExpectScaleAsync(int replicas)
    {
        var apply = await Scaler.FishForMessageAsync<object>(m => m is ApplyScale, TimeSpan.FromSeconds(15));
        var scale = (ApplyScale)apply;
        Assert.True(scale.Replicas == replicas, $"expected a scale to {replicas}, the scaler was asked for {scale.Replicas}");
        return scale;
    }

    public async Task<T> ExpectEventAsync<T>(Predicate<T>? match = null)
        where T : class
    {
        var published = await Events.FishForMessageAsync<ServiceEventPublished>(
            e => e.Entry.Type == typeof(T).Name && (match is null || match(Deserialize<T>(e))), TimeSpan.FromSeconds(15));
        return Deserialize<T>(published);
    }

    public async Task RestartAsync()
    {
        await Kit.DisposeAsync();
        Kit = new ActorTestKit();
        Start();
    }

    public ValueTask DisposeAsync() => Kit.DisposeAsync();

    private T Deserialize<T>(ServiceEventPublished e) => e.Entry.Data.Deserialize<T>(_registry.Options)!;

    private void Start()
    {
        Scaler = Kit.CreateProbe();
        Upgrades = Kit.CreateProbe();
        Events = Kit.CreateProbe();
        Kit.System.EventStream.Subscribe<ServiceEventPublished>(Events);
        var scaler = Scaler;
        var upgrades = Upgrades;
        var children = new ServiceChildren(
            (_, _) => Props.Create(() => new IdleActor()),
            _ => Props.Create(() => new FakeScaler(this, scaler)),
            request => Props.Create(() => new FakeUpgrade(request, upgrades)));
        var settings = new ServiceActorSettings { SnapshotEvery = SnapshotEvery, ObserveInterval = TimeSpan.FromMinutes(10) };
        Dependencies = new ServiceDependencies(Journal, Snapshots, _registry, settings, children, Kit.ManualClock, null);
        Service = Kit.ActorOf(ServiceActor.Props(Name, Dependencies), Name);
    }
}
