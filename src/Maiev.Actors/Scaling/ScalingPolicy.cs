using System.Globalization;
using Maiev.Actors.Specs;

namespace Maiev.Actors.Scaling;

/// <summary>
/// The pure scaling policy: from a spec, this pass's inputs, the memory of earlier passes and the
/// time, decide the replicas. Order: not replicated or paused → hold; unknown metrics → hold
/// (never scale on data we do not have); outside [min, max] → clamp; recommendation (step: maiev's
/// ±1 with up winning, or target tracking), bounded to [floor, max] where floor is 0 with scale to
/// zero; then for decreases the stabilization window; then cooldowns (and the step repeat delay);
/// then step limits.
/// </summary>
internal static partial class ScalingPolicy
{
    /// <summary>Decides. Never throws for valid specs; the returned memory is what to keep for the next pass.</summary>
    public static ScaleDecision Decide(ServiceSpec spec, ScalingInput input, ScalingMemory memory, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(memory);
        var scale = spec.Scale;
        var policy = scale?.Mode == ScaleMode.Target ? "target" : "step";
        memory = memory.ObservingSince is null ? memory with { ObservingSince = now } : memory;
        ScaleDecision Hold(int? from, int? desired, string reason, ScalingMemory m) =>
            new(ScaleAction.Hold, from, from, desired, reason, policy, input, m, now);

        if (input.CurrentReplicas is not { } current)
        {
            return Hold(null, null, "the service is not replicated or its replicas are unknown: nothing to decide", memory);
        }

        if (spec.Paused)
        {
            return Hold(current, null, "scaling is paused", memory);
        }

        if (scale is null)
        {
            return new(ScaleAction.Keep, current, current, current, "the spec has no scale section", policy, input, memory, now);
        }

        if (!input.UnknownResources.IsDefaultOrEmpty)
        {
            return Hold(current, null, $"metrics unknown for {string.Join(", ", input.UnknownResources)}: holding at {current}", memory);
        }

        var min = spec.Min ?? current;
        var max = Math.Max(spec.Max ?? current, min);
        var floor = scale.ScaleToZero is null ? min : 0;
        if (current > max || (current < min && !(scale.ScaleToZero is not null && current == 0)))
        {
            var bounded = Math.Clamp(current, min, max);
            return Change(current, bounded, bounded, Format($"{current} replicas is outside [min {min}, max {max}]: {current} → {bounded}"), policy, input, memory, now, scale);
        }

        var (desired, why) = Recommend(scale, input, current, min, max);
        if (desired is null)
        {
            return Hold(current, null, why, memory);
        }

        var wanted = Math.Clamp(desired.Value, floor, max);
        if (wanted != desired.Value)
        {
            why += Format($"; bounded to [{floor}, {max}]");
        }

        return Limit(scale, input, memory, now, policy, current, wanted, min, why);
    }

    private static (int? Desired, string Why) Recommend(ScaleSpec scale, ScalingInput input, int current, int min, int max)
    {
        var restart = Math.Max(min, 1);
        if (scale.Mode == ScaleMode.Target)
        {
            if (input.Target is not { } sample || scale.Target is not { } target)
            {
                return (null, "target metrics unknown: holding");
            }

            if (current == 0 && scale.ScaleToZero is not null)
            {
                return input.Activate == true || sample.Waiting > 0
                    ? (restart, Format($"activation holds at 0 replicas: start {restart}"))
                    : (0, "scaled to zero and activation does not hold");
            }

            var (replicas, why) = TargetTracking.Recommend(target, sample, current);
            if (replicas < min && scale.ScaleToZero is not null && replicas == 0)
            {
                return (0, why + " (scale to zero)");
            }

            return (Math.Max(replicas, min), why);
        }

        if (current == 0 && scale.ScaleToZero is not null)
        {
            return input.Activate == true || input.ScaleUp == true
                ? (restart, Format($"{(input.Activate == true ? "activation" : "scale_up")} holds at 0 replicas: start {restart}"))
                : (0, "scaled to zero and neither activation nor scale_up holds");
        }

        if (input.ScaleUp == true)
        {
            return (StepScaling.Best(current, +1, min, max).Best, input.ScaleDown == true ? "scale_up and scale_down both hold: up wins" : "scale_up holds");
        }

        if (input.ScaleDown == true)
        {
            var down = current - 1;
            return down < min && scale.ScaleToZero is not null
                ? (0, "scale_down holds at min: scale to zero")
                : (StepScaling.Best(current, -1, min, max).Best, "scale_down holds");
        }

        return (current, "neither scale_up nor scale_down holds");
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
