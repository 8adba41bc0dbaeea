using Maiev.Runtime.Sharding;

namespace Maiev.Actors.Services;

/// <summary>The live status the admin API shows.</summary>
internal sealed partial class ServiceActor
{
    private ServiceStatus BuildStatus()
    {
        var spec = _state.Spec!;
        var now = Time.GetUtcNow();
        var probes = (spec.Scale?.Resources ?? [])
            .Select(r => _probes.GetValueOrDefault(r.Name) ?? new ProbeStatus(r.Name, ProbeState.Unknown, null, null, null))
            .ToList();
        var rules = (_lastRules.IsDefaultOrEmpty ? _state.Rules : _lastRules)
            .Where(r => r.Value is not null && r.ChangedAt is not null)
            .ToDictionary(r => r.Name, r => new RuleStatus(r.Value!.Value, r.ChangedAt!.Value), StringComparer.Ordinal);
        var upgrade = _state.Upgrade is { } u && Versions.ImageReference.TryParse(u.Target, out var target, out _)
            ? new UpgradeStatus(target!, _upgradeState ?? u.State, u.StartedAt, Parse(_state.QueuedPush))
            : null;
        var held = _state.HoldActive(now);
        var paused = _state.Paused || held || spec.Paused;
        var reason = _state.Paused ? _state.PausedReason ?? "paused"
            : held ? "manual scale hold"
            : spec.Paused ? "the spec says paused"
            : null;
        return new ServiceStatus(
            _name,
            spec,
            _image,
            _observedReplicas,
            _pendingScale ?? _state.Desired,
            spec.Min ?? 0,
            spec.Max ?? spec.Min ?? 0,
            paused,
            reason,
            held ? _state.HoldUntil : null,
            probes,
            rules,
            _state.Decisions.Count > 0 ? _state.Decisions[^1] : null,
            upgrade,
            _state.LastFault,
            StableHash.ShardOf(_name, _deps.Settings.Shards));
    }

    private static Versions.ImageReference? Parse(string? text) =>
        text is not null && Versions.ImageReference.TryParse(text, out var image, out _) ? image : null;
}
