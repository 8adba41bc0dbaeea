using Maiev.Actors.Registry;
using Maiev.Actors.Services;
using Maiev.Actors.Versions;
using Maiev.Runtime.Actors;

namespace Maiev.Actors.Upgrades;

/// <summary>
/// The polling fallback for lost webhooks (top-level actor <c>/registry-poller</c>). Every
/// <see cref="UpgradeSettings.PollInterval"/> it lists the tags of each repository a service runs (learned from
/// <see cref="ServiceImageKnown"/>) and publishes <see cref="ImagePushed"/> (Source "poll") for each tag that appeared
/// since the last poll, and for a tag a service runs whose digest changed (a re-push). The first poll of a repository
/// only records what exists. Registry errors are logged and the repository is tried again at the next interval.
/// Nothing is persisted: after a restart the first poll records again, so a tag pushed while Maiev was down is found
/// by the webhook's re-delivery, not here.
/// </summary>
internal sealed class RegistryPollerActor : ReceiveActor
{
    private static readonly object TimerKey = new();
    private readonly RegistryClient _registry;
    private readonly UpgradeSettings _settings;
    private readonly TimeProvider _time;
    private readonly WatchedImages _watched = new();
    private readonly Dictionary<string, Dictionary<string, string?>> _known = new(StringComparer.Ordinal);
    private int _polls;

    private RegistryPollerActor(RegistryClient registry, UpgradeSettings settings, TimeProvider time)
    {
        _registry = registry;
        _settings = settings;
        _time = time;
        ReceiveAsync<PollTick>(_ => PollAsync());
        Receive<ServiceImageKnown>(k => _watched.Set(k.ServiceName, k.Image));
        Receive<ServiceEventPublished>(e => e.Entry.Type == "ServiceUnmonitored", e => _watched.Remove(e.ServiceName));
        Receive<GetRegistryPollerState>(_ => Sender.Tell(State(), Self));
    }

    /// <summary>Props for the poller; <paramref name="registry"/> is owned by the caller.</summary>
    public static Props Props(RegistryClient registry, UpgradeSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(time);
        settings = (settings ?? throw new ArgumentNullException(nameof(settings))).Validate();
        return Runtime.Actors.Props.Create(() => new RegistryPollerActor(registry, settings, time));
    }

    /// <inheritdoc />
    protected override void PreStart()
    {
        Context.System.EventStream.Subscribe<ServiceImageKnown>(Self);
        Context.System.EventStream.Subscribe<ServiceEventPublished>(Self);
        Timers.StartPeriodicTimer(TimerKey, PollTick.Instance, _settings.PollInterval);
    }

    private async Task PollAsync()
    {
        foreach (var (name, (image, runningTags)) in _watched.Repositories())
        {
            if (_settings.PollRegistryHost is { } host && !string.Equals(image.Registry, host, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                await PollRepositoryAsync(name, image, runningTags);
            }
            catch (Exception e) when (e is RegistryApiException or HttpRequestException or OperationCanceledException)
            {
                UpgradeLog.PollFailed(Log, name, e.Message);
            }
        }

        foreach (var gone in _known.Keys.Except(_watched.Repositories().Keys, StringComparer.Ordinal).ToList())
        {
            _known.Remove(gone);
        }

        _polls++;
    }

    private async Task PollRepositoryAsync(string name, ImageReference image, IReadOnlySet<string> runningTags)
    {
        using var timeout = new CancellationTokenSource(_settings.PollInterval, _time);
        var tags = await _registry.ListTagsAsync(image.Repository, timeout.Token);
        var first = !_known.TryGetValue(name, out var known);
        known ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        var next = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            var seen = known.TryGetValue(tag, out var knownDigest);
            string? digest = knownDigest;
            if (!seen || runningTags.Contains(tag))
            {
                digest = await _registry.GetManifestDigestAsync(image.Repository, tag, timeout.Token);
            }

            next[tag] = digest;
            var isNew = !seen || (knownDigest is not null && digest is not null && !string.Equals(knownDigest, digest, StringComparison.Ordinal));
            if (!first && isNew && digest is not null)
            {
                var pushed = image.At(tag, digest);
                var eventId = $"poll:{pushed}";
                var services = _watched.Matching(pushed).Count();
                Context.System.EventStream.Publish(new ImagePushed(pushed, eventId, _time.GetUtcNow(), "poll"));
                UpgradeLog.PushRouted(Log, pushed, eventId, "poll", services);
            }
        }

        _known[name] = next;
        if (first)
        {
            UpgradeLog.PollRecorded(Log, name, next.Count);
        }
    }

    private RegistryPollerState State() => new(
        _watched.Repositories().Keys.ToDictionary(
            k => k,
            k => _known.TryGetValue(k, out var tags) ? (IReadOnlyList<string>?)[.. tags.Keys.Order(StringComparer.Ordinal)] : null,
            StringComparer.Ordinal),
        _polls);

    private sealed class PollTick
    {
        public static readonly PollTick Instance = new();
    }
}
