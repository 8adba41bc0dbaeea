using Maiev.Actors.Services;
using Maiev.Actors.Versions;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence;

namespace Maiev.Actors.Upgrades;

/// <summary>
/// The webhook ingress (persistence id <c>ingress</c>, top-level actor <c>/ingress</c>). For each
/// <see cref="RegistryNotificationReceived"/> it keeps the relevant events (<see cref="RegistryEvent.IsRelevant"/>),
/// drops ids it has seen (a bounded window of <see cref="UpgradeSettings.DedupWindow"/> ids that survives restarts),
/// publishes <see cref="ImagePushed"/> (Source "webhook") on the EventStream for each new one, stores the new ids and
/// then answers <see cref="IngressSummary"/>. It learns which service runs which image from
/// <see cref="ServiceImageKnown"/> and forgets a service when its <c>ServiceUnmonitored</c> event is published.
/// </summary>
/// <remarks>
/// A push is published before its id is stored: if the write fails the actor stops (and is restarted by its backoff
/// supervisor), the Ask times out, the registry re-delivers, and the push is published again — a service ignores a
/// digest it already runs or upgrades to, so a push is never lost and never applied twice.
/// </remarks>
internal sealed class HttpIngressActor : PersistentActor
{
    /// <summary>The persistence id.</summary>
    public const string Id = "ingress";

    private readonly TimeProvider _time;
    private readonly DedupWindow _seen;
    private readonly WatchedImages _watched = new();

    private HttpIngressActor(PersistenceContext persistence, UpgradeSettings settings, TimeProvider time)
        : base(persistence)
    {
        _time = time;
        _seen = new DedupWindow(settings.DedupWindow);
        Recover<SnapshotOffer>(offer => Restore((IngressSnapshot)offer.Snapshot));
        Recover<IngressEventIdsRecorded>(Apply);
        Recover<IngressWatchChanged>(Apply);
        Command<RegistryNotificationReceived>(OnNotification);
        Command<ServiceImageKnown>(OnImageKnown);
        Command<ServiceEventPublished>(e => e.Entry.Type == "ServiceUnmonitored" && _watched.Services.ContainsKey(e.ServiceName),
            e => Persist(new IngressWatchChanged(e.ServiceName, null), Apply));
        Command<SaveSnapshotSuccess>(s => DeleteMessages(s.Metadata.SequenceNr));
    }

    /// <inheritdoc />
    public override string PersistenceId => Id;

    /// <summary>Props for the ingress.</summary>
    public static Props Props(PersistenceContext persistence, UpgradeSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(persistence);
        ArgumentNullException.ThrowIfNull(time);
        settings = (settings ?? throw new ArgumentNullException(nameof(settings))).Validate();
        return Runtime.Actors.Props.Create(() => new HttpIngressActor(persistence, settings, time));
    }

    /// <inheritdoc />
    protected override void PreStart()
    {
        Context.System.EventStream.Subscribe<ServiceImageKnown>(Self);
        Context.System.EventStream.Subscribe<ServiceEventPublished>(Self);
    }

    /// <inheritdoc />
    protected override object? SnapshotState() =>
        new IngressSnapshot(_seen.Ids, _watched.Services.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal));

    private void OnNotification(RegistryNotificationReceived notification)
    {
        ArgumentNullException.ThrowIfNull(notification.Events);
        var relevant = notification.Events.Where(e => e.IsRelevant && e.Image is not null).ToList();
        var fresh = new List<RegistryEvent>();
        var inBody = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in relevant)
        {
            if (_seen.Contains(e.Id) || !inBody.Add(e.Id))
            {
                UpgradeLog.Duplicate(Log, e.Id);
                continue;
            }

            fresh.Add(e);
        }

        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in fresh)
        {
            var image = e.Image!;
            var services = _watched.Matching(image).ToList();
            matched.UnionWith(services);
            Context.System.EventStream.Publish(new ImagePushed(image, e.Id, e.Timestamp ?? _time.GetUtcNow(), "webhook"));
            UpgradeLog.PushRouted(Log, image, e.Id, "webhook", services.Count);
        }

        var summary = new IngressSummary(notification.Events.Count, relevant.Count, relevant.Count - fresh.Count, matched.Count);
        if (fresh.Count == 0)
        {
            Sender.Tell(summary, Self);
            return;
        }

        var replyTo = Sender;
        Persist(new IngressEventIdsRecorded([.. fresh.Select(e => e.Id)]), recorded =>
        {
            Apply(recorded);
            replyTo.Tell(summary, Self);
        });
    }

    private void OnImageKnown(ServiceImageKnown known)
    {
        if (!_watched.Services.TryGetValue(known.ServiceName, out var current) || current != known.Image)
        {
            Persist(new IngressWatchChanged(known.ServiceName, known.Image.ToString()), Apply);
        }
    }

    private void Apply(IngressEventIdsRecorded recorded)
    {
        foreach (var id in recorded.EventIds)
        {
            _seen.Add(id);
        }
    }

    private void Apply(IngressWatchChanged changed)
    {
        if (changed.Image is null)
        {
            _watched.Remove(changed.ServiceName);
        }
        else if (ImageReference.TryParse(changed.Image, out var image, out _))
        {
            _watched.Set(changed.ServiceName, image!);
        }
    }

    private void Restore(IngressSnapshot snapshot)
    {
        foreach (var id in snapshot.EventIds)
        {
            _seen.Add(id);
        }

        foreach (var (service, image) in snapshot.Watches)
        {
            Apply(new IngressWatchChanged(service, image));
        }
    }
}
