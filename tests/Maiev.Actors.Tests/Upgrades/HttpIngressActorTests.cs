using System.Text.Json;
using Maiev.Actors.Services;
using Maiev.Actors.Upgrades;
using Maiev.Actors.Versions;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.InMemory;
using Maiev.Runtime.Persistence.Serialization;
using Maiev.TestKit.Actors;

namespace Maiev.Actors.Tests.Upgrades;

public sealed class HttpIngressActorTests : IAsyncDisposable
{
    private const string Digest1 = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
    private const string Digest2 = "sha256:2222222222222222222222222222222222222222222222222222222222222222";
    private readonly ActorTestKit _kit = new();
    private readonly InMemoryJournal _journal;
    private readonly InMemorySnapshotStore _snapshots;
    private readonly TestProbe _replies;
    private readonly TestProbe _pushes;
    private readonly TestProbe _watcher;

    public HttpIngressActorTests()
    {
        var events = new EventTypeRegistry();
        UpgradeActors.RegisterEvents(events);
        _journal = new InMemoryJournal(events, _kit.ManualClock);
        _snapshots = new InMemorySnapshotStore(events);
        _replies = _kit.CreateProbe();
        _pushes = _kit.CreateProbe();
        _watcher = _kit.CreateProbe();
        _kit.System.EventStream.Subscribe<ImagePushed>(_pushes);
    }

    public ValueTask DisposeAsync() => _kit.DisposeAsync();

    private static RegistryEvent Push(string id, string repository = "team/app", string tag = "1.0.1", string digest = Digest1,
        string action = "push", string mediaType = "application/vnd.docker.distribution.manifest.v2+json") =>
        new(id, action, mediaType, repository, tag, digest, "registry.local:5000", new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero),
            RegistryEventSource.Distribution);

    private IActorRef Start(int snapshotEvery = 0, int window = 100)
    {
        var props = HttpIngressActor.Props(new PersistenceContext(_journal, _snapshots, snapshotEvery), new UpgradeSettings { DedupWindow = window },
            _kit.ManualClock);
        var ingress = _kit.ActorOf(props);
        _watcher.Watch(ingress);
        return ingress;
    }

    /// <summary>Starts the ingress and waits until it answers, so it has subscribed to the EventStream.</summary>
    private async Task<IActorRef> StartReadyAsync()
    {
        var ingress = Start();
        Assert.Equal(new IngressSummary(0, 0, 0, 0), await SendAsync(ingress));
        return ingress;
    }

    private async Task StopAsync(IActorRef ingress)
    {
        _kit.System.Stop(ingress);
        await _watcher.ExpectTerminatedAsync(ingress);
    }

    private async Task<IngressSummary> SendAsync(IActorRef ingress, params RegistryEvent[] events)
    {
        _replies.Send(ingress, new RegistryNotificationReceived(events));
        return await _replies.ExpectMsgAsync<IngressSummary>();
    }

    [Fact]
    public async Task A_relevant_push_is_published_as_ImagePushed_and_the_summary_counts_the_services_it_concerns()
    {
        var ingress = await StartReadyAsync();
        _kit.System.EventStream.Publish(new ServiceImageKnown("web", ImageReference.Parse($"registry.local:5000/team/app:1.0.0@{Digest2}")));
        _kit.System.EventStream.Publish(new ServiceImageKnown("web-canary", ImageReference.Parse("registry.local:5000/team/app:1.0.0")));
        _kit.System.EventStream.Publish(new ServiceImageKnown("worker", ImageReference.Parse("registry.local:5000/team/app:worker-1.0.0")));
        _kit.System.EventStream.Publish(new ServiceImageKnown("other", ImageReference.Parse("registry.local:5000/team/other:1.0.0")));

        var summary = await SendAsync(ingress, Push("e1"), Push("pull", action: "pull"), Push("blob", mediaType: "application/octet-stream"));

        Assert.Equal(new IngressSummary(Received: 3, Relevant: 1, Duplicates: 0, ServicesMatched: 2), summary);
        var pushed = await _pushes.ExpectMsgAsync<ImagePushed>();
        Assert.Equal($"registry.local:5000/team/app:1.0.1@{Digest1}", pushed.Image.ToString());
        Assert.Equal("e1", pushed.EventId);
        Assert.Equal("webhook", pushed.Source);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero), pushed.At);
        await _pushes.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task An_event_delivered_again_after_a_restart_on_the_same_journal_is_not_published_twice()
    {
        var first = Start();
        Assert.Equal(0, (await SendAsync(first, Push("e1"))).Duplicates);
        Assert.Equal("e1", (await _pushes.ExpectMsgAsync<ImagePushed>()).EventId);
        await StopAsync(first);

        var second = Start();
        var summary = await SendAsync(second, Push("e1"), Push("e2", tag: "1.0.2", digest: Digest2), Push("e2", tag: "1.0.2", digest: Digest2));

        Assert.Equal(new IngressSummary(3, 3, 2, 0), summary);
        Assert.Equal("e2", (await _pushes.ExpectMsgAsync<ImagePushed>()).EventId);
        await _pushes.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task Watched_services_survive_a_restart_and_an_unmonitored_service_is_forgotten()
    {
        var first = await StartReadyAsync();
        _kit.System.EventStream.Publish(new ServiceImageKnown("web", ImageReference.Parse("registry.local:5000/team/app:1.0.0")));
        _kit.System.EventStream.Publish(new ServiceImageKnown("api", ImageReference.Parse("registry.local:5000/team/app:1.0.0")));
        Assert.Equal(2, (await SendAsync(first, Push("e1"))).ServicesMatched);
        await StopAsync(first);

        var second = Start();
        Assert.Equal(2, (await SendAsync(second, Push("e2", tag: "1.0.2"))).ServicesMatched);
        using var data = JsonDocument.Parse("{}");
        _kit.System.EventStream.Publish(new ServiceEventPublished("api",
            new ServiceHistoryEntry(9, _kit.ManualClock.GetUtcNow(), "ServiceUnmonitored", "unmonitored", data.RootElement.Clone())));

        Assert.Equal(1, (await SendAsync(second, Push("e3", tag: "1.0.3"))).ServicesMatched);
    }

    [Fact]
    public async Task The_remembered_window_is_bounded_and_restored_from_a_snapshot()
    {
        var first = Start(snapshotEvery: 2, window: 2);
        foreach (var id in new[] { "e1", "e2", "e3", "e4" })
        {
            await SendAsync(first, Push(id));
        }

        await WaitForSnapshotAsync(minSequenceNr: 4);
        await StopAsync(first);

        var second = Start(snapshotEvery: 2, window: 2);
        var summary = await SendAsync(second, Push("e1"), Push("e2"), Push("e3"), Push("e4"));

        Assert.Equal(2, summary.Duplicates); // e3 and e4 are remembered; e1 and e2 fell out of the window of 2
        var republished = await _pushes.FishForMessageAsync<ImagePushed>(p => p.EventId == "e1");
        Assert.Equal("webhook", republished.Source);
    }

    private async Task WaitForSnapshotAsync(long minSequenceNr)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        SelectedSnapshot? snapshot = null;
        while (!deadline.IsCancellationRequested)
        {
            snapshot = await _snapshots.LoadAsync(HttpIngressActor.Id, SnapshotSelectionCriteria.Latest, CancellationToken.None);
            if (snapshot?.Metadata.SequenceNr >= minSequenceNr)
            {
                return;
            }

            await Task.Delay(20, CancellationToken.None);
        }

        Assert.Fail($"no ingress snapshot at sequence {minSequenceNr} within 30 s; latest: {snapshot?.Metadata}");
    }
}
