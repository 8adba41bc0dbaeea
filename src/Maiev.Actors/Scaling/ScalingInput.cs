using System.Collections.Immutable;
using Maiev.Actors.Metrics;
using Maiev.Actors.Rules;

namespace Maiev.Actors.Scaling;

/// <summary>
/// What one decision is made from (and recorded with).
/// </summary>
/// <param name="CurrentReplicas">The service's replicas, or null when unknown or not replicated (global mode): then nothing is decided.</param>
/// <param name="UnknownResources">Resources with no usable sample (probe unavailable, management API down). Any: hold.</param>
/// <param name="ScaleUp">The <c>scale_up</c> rule's value this pass (step mode), or null.</param>
/// <param name="ScaleDown">The <c>scale_down</c> rule's value this pass (step mode), or null.</param>
/// <param name="Activate">The scale-to-zero activation rule's value this pass, or null.</param>
/// <param name="Target">The tracked resource's sample (target mode), or null.</param>
/// <param name="Rules">Every rule's value this pass, for the record (may be empty).</param>
internal sealed record ScalingInput(
    int? CurrentReplicas,
    ImmutableArray<string> UnknownResources,
    bool? ScaleUp = null,
    bool? ScaleDown = null,
    bool? Activate = null,
    QueueMetrics? Target = null,
    ImmutableArray<RuleResult> Rules = default)
{
    /// <summary>
    /// The input for a rule pass: reads the scale conditions from <paramref name="state"/> after
    /// <see cref="CompiledRuleSet.Evaluate"/>; the target sample is the one of <paramref name="targetResource"/>.
    /// </summary>
    public static ScalingInput FromRules(
        int? currentReplicas,
        CompiledRuleSet rules,
        RuleState state,
        IReadOnlyList<QueueMetrics?> metrics,
        string? targetResource = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(metrics);
        var unknown = ImmutableArray.CreateBuilder<string>();
        QueueMetrics? target = null;
        for (var i = 0; i < rules.Resources.Length; i++)
        {
            var sample = i < metrics.Count ? metrics[i] : null;
            if (sample is null)
            {
                unknown.Add(rules.Resources[i]);
            }
            else if (rules.Resources[i] == targetResource)
            {
                target = sample;
            }
        }

        bool? Read(int index) => index < 0 ? null : state.ValueOf(index);
        return new ScalingInput(
            currentReplicas,
            unknown.ToImmutable(),
            Read(rules.ScaleUpIndex),
            Read(rules.ScaleDownIndex),
            Read(rules.ActivationIndex),
            target,
            state.Snapshot(rules.RuleNames));
    }
}
