using Maiev.Actors.Docker;
using Maiev.Actors.Versions;
using Maiev.Runtime.Actors;

namespace Maiev.Actors.Upgrades;

/// <summary>
/// Rolls one Swarm service onto one digest-pinned image (the <c>upgrade</c> child of a ServiceActor). On start it sets
/// the service's image to <c>host/repository:tag@digest</c> — keeping the service's own <c>UpdateConfig</c>, or
/// <see cref="UpgradeSettings.DefaultUpdateConfig"/> when it has none — through the Docker client's read-modify-write
/// with out-of-sequence retry, so a scale in between is kept, never undone. It then reads <c>UpdateStatus</c> and the
/// tasks every <see cref="UpgradeSettings.FollowInterval"/>, tells its parent <see cref="UpgradeProgressed"/> whenever
/// the state changes, and finally <see cref="UpgradeFinished"/> (<c>completed</c> → Completed;
/// <c>rollback_completed</c> → RolledBack with the failing tasks' error as the reason; <c>paused</c> /
/// <c>rollback_paused</c> → Paused; an update that cannot be issued, a service that disappears, or
/// <see cref="UpgradeSettings.Timeout"/> → Failed), and stops. With <c>resume: true</c> it issues nothing and follows
/// the update already in progress (after a node restart). Took is measured on the given clock from this actor's start.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "An actor: _stopping is disposed in PostStop.")]
internal sealed partial class UpgradeActor : ReceiveActor
{
    private static readonly object FollowKey = new();
    private static readonly object TimeoutKey = new();
    private readonly string _service;
    private readonly ImageReference _target;
    private readonly DockerClient _docker;
    private readonly UpgradeSettings _settings;
    private readonly TimeProvider _time;
    private readonly bool _resume;
    private readonly CancellationTokenSource _stopping = new();
    private long _started;
    private bool _finished;

    private UpgradeActor(string service, ImageReference target, DockerClient docker, UpgradeSettings settings, TimeProvider time, bool resume)
    {
        _service = service;
        _target = target;
        _docker = docker;
        _settings = settings;
        _time = time;
        _resume = resume;
        ReceiveAsync<Begin>(_ => BeginAsync());
        ReceiveAsync<FollowTick>(_ => FollowAsync());
        Receive<TimedOut>(_ => Finish(UpgradeOutcome.Failed,
            $"the update did not finish within {_settings.Timeout}; last state '{_lastState ?? "not started"}'"));
    }

    /// <summary>Props for the <c>upgrade</c> child.</summary>
    /// <param name="serviceName">The Swarm service (name or id).</param>
    /// <param name="target">The image to roll onto; must carry a digest (<c>host/repository:tag@sha256:…</c>).</param>
    /// <param name="docker">The Docker client (owned by the caller).</param>
    /// <param name="settings">Defaults, follow interval and timeout.</param>
    /// <param name="time">The clock Took is measured with.</param>
    /// <param name="resume">Follow an update already issued instead of issuing one.</param>
    /// <exception cref="ArgumentException"><paramref name="target"/> has no digest, or a setting is out of range.</exception>
    public static Props Props(string serviceName, ImageReference target, DockerClient docker, UpgradeSettings settings, TimeProvider time, bool resume = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceName);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(docker);
        ArgumentNullException.ThrowIfNull(time);
        settings = (settings ?? throw new ArgumentNullException(nameof(settings))).Validate();
        if (target.Digest is null)
        {
            throw new ArgumentException($"upgrade target '{target}' must be pinned to a digest (repository:tag@sha256:…)", nameof(target));
        }

        return Runtime.Actors.Props.Create(() => new UpgradeActor(serviceName, target, docker, settings, time, resume));
    }

    /// <inheritdoc />
    protected override void PreStart()
    {
        _started = _time.GetTimestamp();
        Self.Tell(Begin.Instance, Self);
    }

    /// <inheritdoc />
    protected override void PostStop()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task BeginAsync()
    {
        Timers.StartSingleTimer(TimeoutKey, TimedOut.Instance, _settings.Timeout);
        if (_resume)
        {
            Progress("following");
        }
        else
        {
            SwarmService before;
            try
            {
                before = await _docker.UpdateServiceAsync(_service, Retarget, _stopping.Token);
            }
            catch (Exception e) when (e is DockerApiException or HttpRequestException
                                       || (e is OperationCanceledException && !_stopping.IsCancellationRequested))
            {
                // Reported, not retried: the ServiceActor records UpgradeFailed and a later push can try again.
                Finish(UpgradeOutcome.Failed, $"the update could not be issued: {e.Message}");
                return;
            }

            _baseline = before.UpdateStatus;
            Progress("issued");
        }

        Timers.StartPeriodicTimer(FollowKey, FollowTick.Instance, TimeSpan.Zero, _settings.FollowInterval);
    }

    private bool Retarget(SwarmService service)
    {
        var container = service.Spec["TaskTemplate"]?["ContainerSpec"] as System.Text.Json.Nodes.JsonObject
            ?? throw new DockerApiException(DockerErrorKind.Invalid, $"Swarm service '{service.Name}' has no ContainerSpec (not a container service).");
        container["Image"] = _target.ToString();
        if (service.Spec["UpdateConfig"] is null)
        {
            service.Spec["UpdateConfig"] = _settings.DefaultUpdateConfig.ToJson();
        }

        return true;
    }

    private void Progress(string state)
    {
        _lastState = state;
        UpgradeLog.UpgradeState(Log, _service, _target, state);
        Context.Parent.Tell(new UpgradeProgressed(_service, state), Self);
    }

    private void Finish(UpgradeOutcome outcome, string? reason, IReadOnlyList<string>? taskErrors = null)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        Timers.CancelAll();
        UpgradeLog.UpgradeEnded(Log, _service, _target, outcome, reason);
        Context.Parent.Tell(new UpgradeFinished(_service, _target, outcome, reason, _time.GetElapsedTime(_started), taskErrors ?? []), Self);
        Context.Stop(Self);
    }

    private sealed class Begin
    {
        public static readonly Begin Instance = new();
    }

    private sealed class FollowTick
    {
        public static readonly FollowTick Instance = new();
    }

    private sealed class TimedOut
    {
        public static readonly TimedOut Instance = new();
    }
}
