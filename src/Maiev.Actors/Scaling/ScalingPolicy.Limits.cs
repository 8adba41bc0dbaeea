using Maiev.Actors.Specs;

namespace Maiev.Actors.Scaling;

/// <summary>Stabilization window, cooldowns, repeat delay and step limits.</summary>
internal static partial class ScalingPolicy
{
    private static ScaleDecision Limit(ScaleSpec scale, ScalingInput input, ScalingMemory memory, DateTimeOffset now, string policy, int current, int wanted, int min, string why)
    {
        // Remember this pass's recommendation for the stabilization window.
        var window = scale.StabilizationWindow;
        // A recommendation stands until the next one, so keep the newest one from before the window
        // too: a decrease needs lower recommendations for the whole window, not just its samples.
        var edge = now - window;
        var older = memory.Recommendations.FindLastIndex(r => r.At <= edge);
        var recommendations = memory.Recommendations.RemoveRange(0, Math.Max(0, older)).Add(new Recommendation(now, wanted));
        memory = memory with { Recommendations = window > TimeSpan.Zero ? recommendations : [] };
        ScaleDecision Hold(string reason) => new(ScaleAction.Hold, current, current, wanted, $"{why}; {reason}", policy, input, memory, now);

        if (wanted == current)
        {
            return new(ScaleAction.Keep, current, current, wanted, $"{why}: keep {current}", policy, input, memory, now);
        }

        var up = wanted > current;
        var target = wanted;
        if (!up && window > TimeSpan.Zero)
        {
            if (now - memory.ObservingSince!.Value < window)
            {
                return Hold(Format($"stabilizing: observed for {(now - memory.ObservingSince.Value).TotalSeconds:0}s of the {window.TotalSeconds:0}s window"));
            }

            target = Math.Max(target, recommendations.Max(r => r.Replicas));
            if (target >= current)
            {
                return Hold(Format($"stabilization window: {target} replicas recommended within the last {window.TotalSeconds:0}s"));
            }
        }

        var last = memory.LastChange;
        var cooldown = up ? scale.ScaleUpCooldown : scale.ScaleDownCooldown;
        if (last is not null && now - last.At < cooldown)
        {
            return Hold(Format($"{(up ? "scale-up" : "scale-down")} cooldown: last change {(now - last.At).TotalSeconds:0}s ago, cooldown {cooldown.TotalSeconds:0}s"));
        }

        var lastSame = up ? memory.LastUp : memory.LastDown;
        if (scale.Mode == ScaleMode.Step && lastSame is not null && now - lastSame.At < scale.RepeatDelay)
        {
            return Hold(Format($"repeat delay: last step {(now - lastSame.At).TotalSeconds:0}s ago, delay {scale.RepeatDelay.TotalSeconds:0}s"));
        }

        var limit = up ? scale.UpLimit : scale.DownLimit;
        if (limit is not null)
        {
            var since = now - limit.Period;
            var basis = memory.Changes.FirstOrDefault(c => c.At > since)?.From ?? current;
            var allowance = limit.Allowance(basis);
            // Bounds win over step limits: starting from zero goes straight to min, and the
            // scale-to-zero stop is one step whatever the limit.
            var bounded = up
                ? Math.Max(Math.Min(target, basis + allowance), Math.Min(min, target))
                : target == 0 && scale.ScaleToZero is not null ? 0 : Math.Max(target, basis - allowance);
            if (up ? bounded <= current : bounded >= current)
            {
                return Hold(Format($"step limit: at most {allowance} replicas per {limit.Period.TotalSeconds:0}s from {basis}"));
            }

            if (bounded != target)
            {
                why += Format($"; step limit {allowance} per {limit.Period.TotalSeconds:0}s from {basis}");
                target = bounded;
            }
        }
        else if (target != wanted)
        {
            why += Format($"; stabilized to {target}");
        }

        return Change(current, target, wanted, why, policy, input, memory, now, scale);
    }

    private static ScaleDecision Change(int from, int to, int desired, string why, string policy, ScalingInput input, ScalingMemory memory, DateTimeOffset now, ScaleSpec scale)
    {
        var keep = new[] { scale.ScaleUpCooldown, scale.ScaleDownCooldown, scale.RepeatDelay, scale.UpLimit?.Period ?? TimeSpan.Zero, scale.DownLimit?.Period ?? TimeSpan.Zero }.Max();
        var changes = memory.Changes.RemoveAll(c => c.At < now - keep).Add(new ReplicaChange(now, from, to));
        memory = memory with { Changes = changes };
        return new(to > from ? ScaleAction.ScaleUp : ScaleAction.ScaleDown, from, to, desired, Format($"{why}: {from} → {to}"), policy, input, memory, now);
    }
}
