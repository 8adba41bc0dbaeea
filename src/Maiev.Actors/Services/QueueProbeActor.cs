using Maiev.Actors.RabbitMq;
using Maiev.Actors.Specs;
using Maiev.Runtime.Actors;

namespace Maiev.Actors.Services;

/// <summary>
/// Watches one resource (a RabbitMQ queue) through the shared stats poller and tells its parent a
/// <see cref="ProbeReading"/> per sample: Up with metrics, Unavailable when the management API could not be read,
/// Unknown when no sample arrived for <c>staleAfter</c>. Never reports unknown data as an empty queue.
/// </summary>
internal sealed class QueueProbeActor : ReceiveActor
{
    private readonly ResourceSpec _resource;
    private readonly IActorRef _stats;
    private readonly TimeProvider _time;
    private readonly TimeSpan _staleAfter;
    private DateTimeOffset _lastSample;

    private QueueRef Queue => new(_resource.Vhost, _resource.Identifier);

    /// <summary>Creates the probe.</summary>
    public QueueProbeActor(ResourceSpec resource, IActorRef stats, TimeProvider time, TimeSpan staleAfter)
    {
        _resource = resource;
        _stats = stats;
        _time = time;
        _staleAfter = staleAfter;
        Receive<QueueSample>(OnSample);
        Receive<CheckStale>(_ => OnCheckStale());
    }

    /// <summary>Props for a probe of <paramref name="resource"/> fed by <paramref name="stats"/>.</summary>
    public static Props Props(ResourceSpec resource, IActorRef stats, TimeProvider time, TimeSpan staleAfter) =>
        Maiev.Runtime.Actors.Props.Create(() => new QueueProbeActor(resource, stats, time, staleAfter));

    /// <inheritdoc />
    protected override void PreStart()
    {
        _lastSample = _time.GetUtcNow();
        if (!string.Equals(_resource.Monitorer, "monitorer_rabbitmq", StringComparison.Ordinal))
        {
            Context.Parent.Tell(new ProbeReading(_resource.Name, ProbeState.Unavailable, null, _lastSample,
                $"monitorer '{_resource.Monitorer}' is not supported (use monitorer_rabbitmq)"));
            return;
        }

        _stats.Tell(new WatchQueue(Self, Queue));
        Timers.StartPeriodicTimer("stale", CheckStale.Instance, _staleAfter);
    }

    /// <inheritdoc />
    protected override void PostStop() => _stats.Tell(new UnwatchQueue(Self, Queue));

    private void OnSample(QueueSample sample)
    {
        _lastSample = _time.GetUtcNow();
        Context.Parent.Tell(sample.Metrics is { } metrics
            ? new ProbeReading(_resource.Name, ProbeState.Up, metrics, sample.SampledAt, null)
            : new ProbeReading(_resource.Name, ProbeState.Unavailable, null, _lastSample, sample.UnknownReason ?? "the management API could not be read"));
    }

    private void OnCheckStale()
    {
        var now = _time.GetUtcNow();
        if (now - _lastSample >= _staleAfter)
        {
            Context.Parent.Tell(new ProbeReading(_resource.Name, ProbeState.Unknown, null, now,
                $"no sample for {(now - _lastSample).TotalSeconds:0}s"));
        }
    }

    private sealed record CheckStale
    {
        public static CheckStale Instance { get; } = new();
    }
}
