using System.Text;
using Maiev.Actors.Hosting;
using Maiev.Actors.RabbitMq;
using Maiev.Actors.Services;
using Maiev.Actors.Specs;
using Maiev.Actors.Tests.RabbitMq;
using Maiev.Actors.Upgrades;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence.InMemory;
using Maiev.Runtime.Persistence.Serialization;
using Maiev.TestKit.Actors;
using Maiev.TestKit.Servers;

namespace Maiev.Actors.Tests.Upgrades;

/// <summary>
/// The whole upgrade path with Maiev's real actors: a webhook body → parser → ingress → ImagePushed → ServiceActor's
/// policy → UpgradeActor → Swarm, against the real registry, Swarm and broker. Only states are asserted.
/// </summary>
public sealed class UpgradeThroughServiceTests
{
    private static readonly TimeSpan Ask = TimeSpan.FromSeconds(30);

    [ServerFact(Server.Docker | Server.Registry | Server.RabbitMq)]
    public async Task A_webhook_push_upgrades_the_monitored_service_once_and_its_history_records_UpgradeCompleted()
    {
        // Arrange: a service on workload 1.0.0@digest, monitored with policy patch.
        await using var fixture = await UpgradeFixture.StartAsync("upg-svc");
        await using var kit = new ActorTestKit(manualClock: false);
        await using var maiev = await StartMaievAsync(kit, fixture);
        var accepted = await maiev.Services.Ask<object>(new MonitorService(fixture.Name, Spec(fixture.Queue)), Ask);
        Assert.True(accepted is CommandAccepted, $"monitor answered {accepted}");
        await Poll.UntilAsync(() => maiev.Services.Ask<ServiceStatus>(new GetServiceStatus(fixture.Name), Ask), s => s.Image is not null,
            $"{fixture.Name}'s image to be observed", UpgradeFixture.Patience);
        var target = await fixture.PushWorkloadAsync("1.0.1");
        var body = Notification(Guid.NewGuid().ToString(), target);

        // Act: the registry's notification, delivered twice (as after a lost acknowledgement).
        var parsed = RegistryNotificationParser.Parse(body);
        Assert.True(parsed.IsSuccess, parsed.Error?.Message);
        var first = await maiev.Ingress!.Ask<IngressSummary>(new RegistryNotificationReceived(parsed.Events), Ask);
        var second = await maiev.Ingress!.Ask<IngressSummary>(new RegistryNotificationReceived(RegistryNotificationParser.Parse(body).Events), Ask);

        // Assert
        Assert.Equal(new IngressSummary(1, 1, 0, 1), first);
        Assert.Equal(new IngressSummary(1, 1, 1, 0), second);
        var history = await Poll.UntilAsync(() => maiev.Services.Ask<ServiceHistoryPage>(new GetServiceHistory(fixture.Name, 0, 500), Ask),
            h => h.Items.Any(e => e.Type is "UpgradeCompleted" or "UpgradeRolledBack" or "UpgradeFailed"),
            $"{fixture.Name}'s upgrade to end", UpgradeFixture.Patience);
        Assert.Contains(history.Items, e => e.Type == "UpgradeCompleted");
        Assert.Single(history.Items, e => e.Type == "UpgradeStarted");
        var service = await fixture.Docker.InspectServiceAsync(fixture.Name, CancellationToken.None);
        Assert.Equal(target, service!.Image);
    }

    private static byte[] Notification(string id, string pinned)
    {
        var at = pinned.IndexOf('@', StringComparison.Ordinal);
        var digest = pinned[(at + 1)..];
        var colon = pinned.LastIndexOf(':', at);
        var tag = pinned[(colon + 1)..at];
        var slash = pinned.IndexOf('/', StringComparison.Ordinal);
        var host = pinned[..slash];
        var repository = pinned[(slash + 1)..colon];
        return Encoding.UTF8.GetBytes($$$"""
            {"events":[{"id":"{{{id}}}","timestamp":"2026-11-22T04:00:00Z","action":"push",
              "target":{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","digest":"{{{digest}}}","repository":"{{{repository}}}","tag":"{{{tag}}}"},
              "request":{"host":"{{{host}}}","method":"PUT"}}]}
            """);
    }

    private static ServiceSpec Spec(string queue)
    {
        var json = $$"""
            {
              "min": 1, "max": 1,
              "upgrade": { "policy": "patch" },
              "scale": {
                "resources": [{ "name": "rmq", "monitorer": "monitorer_rabbitmq", "identifier": "{{queue}}" }],
                "scale_up": "rmq:waiting > 1000",
                "scale_down": "rmq:waiting < 1"
              }
            }
            """;
        var read = ServiceSpecReader.Read(json);
        return read.Spec ?? throw new InvalidOperationException("test spec invalid: " + string.Join("; ", read.Errors));
    }

    private static async Task<MaievActorsHandle> StartMaievAsync(ActorTestKit kit, UpgradeFixture fixture)
    {
        var events = ServiceEventTypes.Register(new EventTypeRegistry());
        var settings = new UpgradeSettings { FollowInterval = TimeSpan.FromMilliseconds(500), Timeout = TimeSpan.FromMinutes(3) };
        var options = new MaievActorsOptions
        {
            Journal = new InMemoryJournal(events, TimeProvider.System),
            Snapshots = new InMemorySnapshotStore(events),
            Events = events,
            RabbitMq = RabbitMqFixture.Options(),
            Stats = new RabbitMqStatsSettings(TimeSpan.FromSeconds(1)),
            Docker = fixture.Docker,
            ObserveInterval = TimeSpan.FromSeconds(1),
            IngressProps = o => UpgradeActors.IngressProps(o, settings),
        };
        options = options with { UpgradeProps = UpgradeActors.UpgradePropsFactory(options, settings) };
        return await MaievActors.StartAsync(kit.System, options, CancellationToken.None);
    }
}
