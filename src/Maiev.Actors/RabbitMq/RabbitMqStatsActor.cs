using Maiev.Runtime.Actors;
using Microsoft.Extensions.Logging;

namespace Maiev.Actors.RabbitMq;

/// <summary>
/// <c>/rabbitmq-stats</c>: one management-API poll per vhost per interval serves every watched queue,
/// and each subscriber gets a <see cref="QueueSample"/> of its queues after every poll. When the API
/// cannot be asked, the samples are <em>unknown</em> (never "empty"), so nothing scales down on them.
/// A vhost whose previous poll is still running is skipped for that tick rather than polled twice.
/// </summary>
internal sealed partial class RabbitMqStatsActor : ReceiveActor
{
    private static readonly object PollTimer = new();

    private readonly RabbitMqManagementClient _client;
    private readonly RabbitMqStatsSettings _settings;
    private readonly TimeProvider _time;
    private readonly QueueWatchTable<IActorRef> _table = new();
    private readonly Dictionary<QueueRef, QueueSample> _last = [];
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);

    /// <summary>Creates the actor; <paramref name="client"/> is shared and not disposed by it.</summary>
    public RabbitMqStatsActor(RabbitMqManagementClient client, RabbitMqStatsSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        _client = client;
        _settings = settings;
        _time = time;

        Receive<WatchQueue>(OnWatch);
        Receive<UnwatchQueue>(m => _table.Unwatch(m.Subscriber, m.Queue));
        Receive<Terminated>(t => _table.UnwatchAll(t.ActorRef));
        Receive<Tick>(_ => PollAll());
        Receive<VhostPolled>(OnPolled);
    }

    /// <summary>Props for the actor (the interval's clock is the actor system's).</summary>
    public static Props Props(RabbitMqManagementClient client, RabbitMqStatsSettings settings, TimeProvider time) =>
        Runtime.Actors.Props.Create(() => new RabbitMqStatsActor(client, settings, time));

    /// <inheritdoc />
    protected override void PreStart() =>
        Timers.StartPeriodicTimer(PollTimer, Tick.Instance, _settings.Interval, _settings.Interval);

    private void OnWatch(WatchQueue watch)
    {
        if (_table.Watch(watch.Subscriber, watch.Queue))
        {
            Context.Watch(watch.Subscriber);
            if (_last.TryGetValue(watch.Queue, out var last))
            {
                watch.Subscriber.Tell(last, Self);
            }
        }
    }

    private void PollAll()
    {
        foreach (var vhost in _table.Vhosts)
        {
            if (!_inFlight.Add(vhost))
            {
                LogStillPolling(Log, vhost);
                continue;
            }

            var queues = _table.QueuesOf(vhost);
            // A poll is bounded by the client's RequestTimeout; one still running when the actor stops ends in dead letters.
            _client.SampleAsync(vhost, queues, CancellationToken.None).PipeTo(Self,
                success: samples => new VhostPolled(vhost, samples),
                failure: e => new VhostPolled(vhost, queues
                    .Select(q => QueueSample.Unknown(vhost, q, _time.GetUtcNow(), $"poll failed: {e.GetType().Name}: {e.Message}"))
                    .ToList()));
        }
    }

    private void OnPolled(VhostPolled polled)
    {
        _inFlight.Remove(polled.Vhost);
        foreach (var sample in polled.Samples)
        {
            _last[new QueueRef(sample.Vhost, sample.Queue)] = sample;
        }

        foreach (var (subscriber, sample) in _table.Route(polled.Samples))
        {
            subscriber.Tell(sample, Self);
        }

        // Forget samples of queues nobody watches any more.
        var watched = _table.QueuesOf(polled.Vhost).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in _last.Keys.Where(k => k.Vhost == polled.Vhost && !watched.Contains(k.Name)).ToList())
        {
            _last.Remove(stale);
        }
    }

    [LoggerMessage(EventId = 6003, Level = LogLevel.Debug, Message = "The previous RabbitMQ poll of vhost {Vhost} is still running; skipping this tick")]
    private static partial void LogStillPolling(ILogger logger, string vhost);

    private sealed record Tick
    {
        public static readonly Tick Instance = new();
    }

    private sealed record VhostPolled(string Vhost, IReadOnlyList<QueueSample> Samples);
}
