using Maiev.Actors.Hosting;
using Maiev.Runtime.Actors;

namespace Maiev.Actors.RabbitMq;

/// <summary>
/// The shared stats poller (<c>/rabbitmq-stats</c>): every interval, one bulk management-API request per watched vhost,
/// each sample routed to the queue's subscribers. A vhost that cannot be read yields <em>unknown</em> samples (never
/// "empty"). At most one request per vhost is in flight. Subscribers that terminate are dropped.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Disposed in PostStop, the end of the actor's life.")]
internal sealed class RabbitMqStatsActor : ReceiveActor
{
    private readonly QueueWatchTable<IActorRef> _table = new();
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Func<string, IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<QueueSample>>> _sample;
    private readonly RabbitMqStatsSettings _settings;
    private readonly Action<DependencyState>? _health;

    /// <summary>Creates the poller over <paramref name="sample"/> (normally <see cref="RabbitMqManagementClient.SampleAsync"/>).</summary>
    public RabbitMqStatsActor(
        Func<string, IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<QueueSample>>> sample,
        RabbitMqStatsSettings settings,
        Action<DependencyState>? health)
    {
        _sample = sample;
        _settings = settings;
        _health = health;
        Receive<WatchQueue>(OnWatch);
        Receive<UnwatchQueues>(u => _table.UnwatchAll(u.Subscriber));
        Receive<Terminated>(t => _table.UnwatchAll(t.ActorRef));
        Receive<Tick>(_ => Poll());
        Receive<Sampled>(OnSampled);
    }

    /// <summary>Props for the poller over a management client.</summary>
    public static Props Props(RabbitMqManagementClient client, RabbitMqStatsSettings settings, Action<DependencyState>? health = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return Maiev.Runtime.Actors.Props.Create(() => new RabbitMqStatsActor(client.SampleAsync, settings, health));
    }

    /// <inheritdoc />
    protected override void PreStart() => Timers.StartPeriodicTimer("poll", Tick.Instance, _settings.Interval);

    /// <inheritdoc />
    protected override void PostStop()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private void OnWatch(WatchQueue watch)
    {
        var first = _table.QueuesOf(watch.Queue.Vhost).Count == 0 || !_table.QueuesOf(watch.Queue.Vhost).Contains(watch.Queue.Name);
        if (_table.Watch(watch.Subscriber, watch.Queue))
        {
            Context.Watch(watch.Subscriber);
        }

        if (first)
        {
            PollVhost(watch.Queue.Vhost); // a new queue gets data now, not an interval later
        }
    }

    private void Poll()
    {
        foreach (var vhost in _table.Vhosts)
        {
            PollVhost(vhost);
        }
    }

    private void PollVhost(string vhost)
    {
        var queues = _table.QueuesOf(vhost);
        if (queues.Count == 0 || !_inFlight.Add(vhost))
        {
            return;
        }

        _sample(vhost, queues, _stopping.Token).PipeTo(
            Self,
            success: samples => new Sampled(vhost, samples),
            failure: e => new Sampled(vhost, [.. queues.Select(q => QueueSample.Unknown(vhost, q, DateTimeOffset.MinValue, e.Message))]));
    }

    private void OnSampled(Sampled sampled)
    {
        _inFlight.Remove(sampled.Vhost);
        var unknown = sampled.Samples.FirstOrDefault(s => !s.IsKnown);
        _health?.Invoke(unknown is null
            ? new DependencyState(true, "management API answered")
            : new DependencyState(false, unknown.UnknownReason ?? "unknown"));
        foreach (var (subscriber, sample) in _table.Route(sampled.Samples))
        {
            subscriber.Tell(sample);
        }
    }

    private sealed record Tick
    {
        public static Tick Instance { get; } = new();
    }

    private sealed record Sampled(string Vhost, IReadOnlyList<QueueSample> Samples);
}
