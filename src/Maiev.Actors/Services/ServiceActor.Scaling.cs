using System.Collections.Immutable;
using Maiev.Actors.Rules;
using Maiev.Actors.Scaling;
using Maiev.Actors.Upgrades;
using Maiev.Actors.Versions;

namespace Maiev.Actors.Services;

/// <summary>Readings → rules → policy → persisted decision → scaler, and what the scaler observes.</summary>
internal sealed partial class ServiceActor
{
    private ImmutableArray<RuleResult> _lastRules = [];
    private ScaleDecision? _lastVerdict;
    private ServiceObserved? _lastObservation;

    private void OnProbeReading(ProbeReading reading)
    {
        if (_state.Spec?.Scale is not { } scale || !scale.Resources.Any(r => r.Name == reading.Resource))
        {
            return;
        }

        var last = reading.Metrics ?? _probes.GetValueOrDefault(reading.Resource)?.Last;
        _probes[reading.Resource] = new ProbeStatus(reading.Resource, reading.State, last, reading.At, reading.Error);
        ChildRef(RulesKey)?.Tell(reading);
    }

    private async Task OnRulesEvaluatedAsync(RulesEvaluated verdict)
    {
        if (!_state.Monitored || _state.Spec is not { Scale: not null } spec)
        {
            return;
        }

        _lastRules = verdict.Input.Rules.IsDefault ? [] : verdict.Input.Rules;
        if (_scaleInFlight)
        {
            return;
        }

        var now = Time.GetUtcNow();
        var effective = _state.ScalingOff(now) ? spec with { Paused = true } : spec;
        var decision = ScalingPolicy.Decide(effective, verdict.Input with { CurrentReplicas = _observedReplicas }, _memory, now);
        _memory = decision.Memory;
        _lastVerdict = decision;
        if (!decision.Changes || decision.From is not { } from || decision.To is not { } to)
        {
            return;
        }

        ServiceActorLog.Decided(Log, _name, from, to, decision.Reason);
        await PersistAsync(new ScaleDecided(from, to, decision.Reason, decision.Policy, verdict.Metrics, [.. _lastRules], false, null, now)).ConfigureAwait(false);
        StartScale(to);
    }

    private void StartScale(int replicas)
    {
        _scaleInFlight = true;
        _pendingScale = replicas;
        ChildRef(ScalerKey)?.Tell(new ApplyScale(replicas));
    }

    private async Task OnScaleResultAsync(ScaleResult result)
    {
        if (_pendingScale != result.Replicas)
        {
            return; // an answer to an older request
        }

        _pendingScale = null;
        _scaleInFlight = false;
        if (result.Applied)
        {
            _observedReplicas = result.Replicas;
            await PersistAsync(new ScaleApplied(result.Replicas, Time.GetUtcNow())).ConfigureAwait(false);
        }
        else
        {
            ServiceActorLog.ScaleFailed(Log, _name, result.Replicas, result.Error ?? "unknown error");
            await PersistAsync(new ScaleFailed(result.Replicas, result.Error ?? "unknown error", Time.GetUtcNow())).ConfigureAwait(false);
        }
    }

    private void OnObserved(ServiceObserved observed)
    {
        _lastObservation = observed;
        if (!_scaleInFlight)
        {
            _observedReplicas = observed.Exists ? observed.Replicas : null;
        }

        // Announce the image on a change, and once after every (re)start: the ingress and the
        // registry poller may have started after this actor, or forgotten it with a node restart.
        if (observed.Image is { } text && ImageReference.TryParse(text, out var image, out _) && (image != _image || !_imageAnnounced))
        {
            _image = image;
            _imageAnnounced = true;
            Context.System.EventStream.Publish(new ServiceImageKnown(_name, image!));
        }
    }
}
