using Maiev.Actors.Metrics;
using Maiev.Actors.Scaling;
using Maiev.Actors.Upgrades;
using Maiev.Actors.Versions;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Sharding;

namespace Maiev.Actors.Services;

/// <summary>
/// One monitored service (persistence id <c>service-{name}</c>): recovers its state from snapshot + events, owns the
/// probes, the rule evaluator, the scaler and the upgrade child, applies the scaling policy to every verdict and
/// persists each decision with what decided it. Children that fail are stopped, recorded as <c>FaultObserved</c> and
/// re-created after an exponential backoff: a failing child never takes the service down.
/// </summary>
internal sealed partial class ServiceActor : ReceiveActor
{
    private readonly string _name;
    private readonly ServiceDependencies _deps;
    private readonly Dictionary<string, ProbeStatus> _probes = new(StringComparer.Ordinal);
    private ServiceState _state;
    private long _seq;
    private ScalingMemory _memory = ScalingMemory.Empty;
    private int? _observedReplicas;
    private ImageReference? _image;
    private bool _imageAnnounced;
    private bool _scaleInFlight;
    private Exception? _lastChildError;

    /// <summary>Creates the actor; prefer <see cref="Props"/>.</summary>
    public ServiceActor(string name, ServiceDependencies deps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(deps);
        _name = name;
        _deps = deps;
        _state = ServiceState.Empty(name);
        Recovering();
    }

    /// <summary>The persistence id of a service's events.</summary>
    public static string PersistenceIdOf(string serviceName) => "service-" + serviceName;

    private string PersistenceId => PersistenceIdOf(_name);

    private TimeProvider Time => _deps.Time;

    /// <summary>Props for the ServiceActor of <paramref name="serviceName"/>.</summary>
    public static Props Props(string serviceName, ServiceDependencies deps) =>
        Maiev.Runtime.Actors.Props.Create(() => new ServiceActor(serviceName, deps));

    /// <inheritdoc />
    protected override void PreStart()
    {
        Context.System.EventStream.Subscribe<ImagePushed>(Self);
        RecoverAsync().PipeTo(Self, success: static _ => new RecoveryFinished(null), failure: static e => new RecoveryFinished(e));
    }

    /// <inheritdoc />
    protected override void PostStop() => Context.System.EventStream.Unsubscribe(Self);

    /// <inheritdoc />
    protected override SupervisorStrategy SupervisorStrategy() =>
        new OneForOneStrategy(ex =>
        {
            // Stop, then re-create after a backoff on Terminated: the runtime has no backoff supervisor,
            // and an immediate restart loop against a dead dependency helps nobody.
            _lastChildError = ex;
            return Directive.Stop;
        });

    private void Recovering()
    {
        Receive<RecoveryFinished>(OnRecoveryFinished);
        ReceiveAny(_ => Stash.Stash());
    }

    private void Running()
    {
        ReceiveAsync<MonitorService>(OnMonitorAsync);
        ReceiveAsync<UpdateServiceSpec>(OnUpdateSpecAsync);
        ReceiveAsync<UnmonitorService>(OnUnmonitorAsync);
        ReceiveAsync<PauseScaling>(OnPauseAsync);
        ReceiveAsync<ResumeScaling>(OnResumeAsync);
        ReceiveAsync<ScaleService>(OnManualScaleAsync);
        Receive<GetServiceStatus>(_ => Sender.Tell(_state.Spec is null ? NotFound() : BuildStatus()));
        Receive<StartEntity>(_ => { }); // started (and recovered) is all a remembered entity needs
        ReceiveAsync<GetServiceHistory>(OnHistoryAsync);
        Receive<ProbeReading>(OnProbeReading);
        ReceiveAsync<RulesEvaluated>(OnRulesEvaluatedAsync);
        ReceiveAsync<ScaleResult>(OnScaleResultAsync);
        Receive<ServiceObserved>(OnObserved);
        ReceiveAsync<ImagePushed>(OnImagePushedAsync);
        Receive<UpgradeProgressed>(OnUpgradeProgressed);
        ReceiveAsync<UpgradeFinished>(OnUpgradeFinishedAsync);
        Receive<ReconcileChildren>(_ => Reconcile());
        ReceiveAsync<Terminated>(OnChildTerminatedAsync);
        Receive<RestartChild>(OnRestartChild);
    }

    private void OnRecoveryFinished(RecoveryFinished done)
    {
        if (done.Error is not null)
        {
            ServiceActorLog.RecoveryFailed(Log, _name, done.Error);
            throw new InvalidOperationException($"service '{_name}' could not recover from the journal: {done.Error.Message}", done.Error);
        }

        _memory = new ScalingMemory(null, [], _state.Changes);
        _image = _state.Image is { } image && ImageReference.TryParse(image, out var parsed, out _) ? parsed : null;
        _upgradeResume = _state.Upgrade is not null;
        if (_state.Monitored)
        {
            _deps.Directory?.Tell(new ServiceRegistered(_name)); // idempotent: heals a registration the directory missed
        }

        Become(Running);
        Stash.UnstashAll();
        Reconcile();
    }

    private CommandRejected NotFound()
    {
        if (_state.Spec is null)
        {
            // Never monitored: ask the shard to stop this entity rather than keep an empty actor per typo.
            Context.Parent.Tell(new Passivate());
        }

        return new(_name, RejectionKind.NotFound, $"service '{_name}' is not monitored", []);
    }

    private Dictionary<string, QueueMetrics?> LastMetrics() =>
        _probes.ToDictionary(p => p.Key, p => p.Value.State == ProbeState.Up ? p.Value.Last : null, StringComparer.Ordinal);
}
