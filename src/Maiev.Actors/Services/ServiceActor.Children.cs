using Maiev.Actors.Hosting;
using Maiev.Runtime.Actors;

namespace Maiev.Actors.Services;

/// <summary>The children: which should run for the current state, and backoff re-creation after a failure.</summary>
internal sealed partial class ServiceActor
{
    private const string RulesKey = "rules";
    private const string ScalerKey = "scaler";
    private const string UpgradeKey = "upgrade";
    private readonly Dictionary<string, Child> _children = new(StringComparer.Ordinal);
    private readonly HashSet<IActorRef> _stopping = [];
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _backingOff = new(StringComparer.Ordinal);
    private int _specGeneration;
    private int _childCounter;
    private bool _upgradeResume;
    private int? _pendingScale;

    private static string ProbeKey(string resource) => "probe:" + resource;

    private Dictionary<string, Func<Props>> DesiredChildren()
    {
        var desired = new Dictionary<string, Func<Props>>(StringComparer.Ordinal);
        if (!_state.Monitored || _state.Spec is not { } spec)
        {
            return desired;
        }

        desired[ScalerKey] = () => _deps.Children.Scaler(_name);
        if (spec.Scale is { } scale)
        {
            desired[RulesKey] = () => RuleEvaluatorActor.Props(scale, _state.Rules, Time);
            foreach (var resource in scale.Resources)
            {
                desired[ProbeKey(resource.Name)] = () => _deps.Children.Probe(_name, resource);
            }
        }

        if (_state.Upgrade is { } upgrade && _deps.Children.Upgrade is { } factory
            && Versions.ImageReference.TryParse(upgrade.Target, out var target, out _))
        {
            desired[UpgradeKey] = () => factory(new UpgradeChildRequest(_name, target!, _upgradeResume));
        }

        return desired;
    }

    private void Reconcile()
    {
        var desired = DesiredChildren();
        foreach (var (key, child) in _children.ToList())
        {
            var stale = key != ScalerKey && key != UpgradeKey && child.Generation != _specGeneration;
            if (!desired.ContainsKey(key) || stale)
            {
                _stopping.Add(child.Ref);
                Context.Stop(child.Ref);
                _children.Remove(key);
                _probes.Remove(key.StartsWith("probe:", StringComparison.Ordinal) ? key[6..] : string.Empty);
            }
        }

        foreach (var (key, props) in desired)
        {
            if (_children.ContainsKey(key) || _backingOff.Contains(key))
            {
                continue;
            }

            var name = $"{key.Replace(':', '-')}-{++_childCounter}";
            var actor = Context.ActorOf(props(), Uri.EscapeDataString(name));
            Context.Watch(actor);
            _children[key] = new Child(actor, _specGeneration, Time.GetUtcNow());
            if (key == UpgradeKey)
            {
                _upgradeResume = true; // any later incarnation follows the update already issued
            }
            else if (key == ScalerKey && _pendingScale is { } replicas)
            {
                actor.Tell(new ApplyScale(replicas));
            }
            else if (key.StartsWith("probe:", StringComparison.Ordinal))
            {
                _probes.TryAdd(key[6..], new ProbeStatus(key[6..], ProbeState.Unknown, null, null, null));
            }
        }
    }

    private async Task OnChildTerminatedAsync(Terminated terminated)
    {
        var entry = _children.FirstOrDefault(c => ReferenceEquals(c.Value.Ref, terminated.ActorRef) || c.Value.Ref.Path == terminated.ActorRef.Path);
        if (_stopping.Remove(terminated.ActorRef) || entry.Key is null)
        {
            return;
        }

        var (key, child) = (entry.Key, entry.Value);
        _children.Remove(key);
        var now = Time.GetUtcNow();
        var error = _lastChildError?.Message ?? "the child stopped unexpectedly";
        _lastChildError = null;
        var failures = now - child.Started >= _deps.Settings.ChildBackoffReset ? 1 : _failures.GetValueOrDefault(key) + 1;
        _failures[key] = failures;
        var delay = Backoff(failures);
        _backingOff.Add(key);
        Timers.StartSingleTimer(("restart", key), new RestartChild(key, _specGeneration), delay);
        if (key.StartsWith("probe:", StringComparison.Ordinal))
        {
            _probes[key[6..]] = new ProbeStatus(key[6..], ProbeState.Unknown, _probes.GetValueOrDefault(key[6..])?.Last, null, error);
        }

        ServiceActorLog.ChildFailed(Log, _name, key, delay, error);
        await PersistAsync(new FaultObserved(key, error, now)).ConfigureAwait(false);
    }

    private TimeSpan Backoff(int failures)
    {
        var settings = _deps.Settings;
        var factor = Math.Pow(2, Math.Min(failures - 1, 20));
        return TimeSpan.FromTicks((long)Math.Min(settings.ChildBackoffMax.Ticks, settings.ChildBackoffMin.Ticks * factor));
    }

    private void OnRestartChild(RestartChild restart)
    {
        _backingOff.Remove(restart.Key);
        Reconcile();
    }

    private IActorRef? ChildRef(string key) => _children.TryGetValue(key, out var child) ? child.Ref : null;

    private sealed record Child(IActorRef Ref, int Generation, DateTimeOffset Started);
}
