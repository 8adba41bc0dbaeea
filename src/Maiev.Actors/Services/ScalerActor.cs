using Maiev.Actors.Docker;
using Maiev.Actors.Hosting;
using Maiev.Runtime.Actors;

namespace Maiev.Actors.Services;

/// <summary>
/// Talks to Docker Swarm for one service: sets replicas (the client re-reads and retries on "update out of sequence")
/// and answers <see cref="ScaleResult"/>; every interval reads the service and tells its parent
/// <see cref="ServiceObserved"/> (replicas, image). Docker errors are reported, not thrown.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Disposed in PostStop, the end of the actor's life.")]
internal sealed class ScalerActor : ReceiveActor
{
    private readonly string _service;
    private readonly DockerClient _docker;
    private readonly TimeSpan _interval;
    private readonly Action<DependencyState>? _health;
    private readonly CancellationTokenSource _stopping = new();
    private bool _observing;

    /// <summary>Creates the scaler.</summary>
    public ScalerActor(string service, DockerClient docker, TimeSpan observeInterval, Action<DependencyState>? health)
    {
        _service = service;
        _docker = docker;
        _interval = observeInterval;
        _health = health;
        ReceiveAsync<ApplyScale>(OnApplyAsync);
        Receive<Observe>(_ => StartObserve());
        Receive<ServiceObserved>(o =>
        {
            _observing = false;
            Context.Parent.Tell(o);
        });
        Receive<StatusFailure>(f =>
        {
            _observing = false;
            Context.Parent.Tell(new ServiceObserved(false, null, null, f.Cause.Message));
        });
    }

    /// <summary>Props for the scaler of <paramref name="service"/>.</summary>
    public static Props Props(string service, DockerClient docker, TimeSpan observeInterval, Action<DependencyState>? health = null) =>
        Maiev.Runtime.Actors.Props.Create(() => new ScalerActor(service, docker, observeInterval, health));

    /// <inheritdoc />
    protected override void PreStart()
    {
        Timers.StartPeriodicTimer("observe", Observe.Instance, _interval);
        StartObserve();
    }

    /// <inheritdoc />
    protected override void PostStop()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task OnApplyAsync(ApplyScale apply)
    {
        var parent = Context.Parent;
        try
        {
            var service = await _docker.ScaleServiceAsync(_service, apply.Replicas, _stopping.Token).ConfigureAwait(false);
            _health?.Invoke(new DependencyState(true, "engine answered"));
            parent.Tell(new ScaleResult(apply.Replicas, true, null));
            parent.Tell(new ServiceObserved(true, service.Replicas, service.Image, null));
        }
        catch (DockerApiException e)
        {
            _health?.Invoke(new DependencyState(e.Kind != DockerErrorKind.Unavailable, e.Message));
            parent.Tell(new ScaleResult(apply.Replicas, false, e.Message));
        }
    }

    private void StartObserve()
    {
        if (_observing)
        {
            return;
        }

        _observing = true;
        ObserveAsync().PipeTo(Self);
    }

    private async Task<ServiceObserved> ObserveAsync()
    {
        try
        {
            var service = await _docker.InspectServiceAsync(_service, _stopping.Token).ConfigureAwait(false);
            _health?.Invoke(new DependencyState(true, "engine answered"));
            return service is null
                ? new ServiceObserved(false, null, null, $"Swarm service '{_service}' does not exist")
                : new ServiceObserved(true, service.Replicas, service.Image, null);
        }
        catch (DockerApiException e)
        {
            _health?.Invoke(new DependencyState(false, e.Message));
            return new ServiceObserved(false, null, null, e.Message);
        }
    }

    private sealed record Observe
    {
        public static Observe Instance { get; } = new();
    }
}
