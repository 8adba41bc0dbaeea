using Maiev.Actors.Metrics;
using Maiev.Actors.Rules;
using Maiev.Actors.Specs;

namespace Maiev.Actors.Scaling;

/// <summary>
/// One whole pass for a service, the way the ServiceActor runs it on every sample: evaluate the
/// rules, read the verdicts, decide. Pure apart from updating the caller's <see cref="RuleState"/>.
/// </summary>
internal static class ScalingPass
{
    /// <summary>
    /// Runs a pass. When any resource is unknown (null sample) the rules are <em>not</em> evaluated,
    /// so their values and <c>since</c> clocks keep what was last known, and the policy holds.
    /// </summary>
    /// <param name="spec">The service's spec (its <see cref="ServiceSpec.Scale"/> compiled into <paramref name="rules"/>).</param>
    /// <param name="rules">The compiled rules of <paramref name="spec"/>.</param>
    /// <param name="state">The rules' memory, updated in place.</param>
    /// <param name="metrics">One sample per <see cref="CompiledRuleSet.Resources"/> entry, null when unknown.</param>
    /// <param name="currentReplicas">The service's replicas, or null when not replicated or unknown.</param>
    /// <param name="memory">The policy memory from the previous decision.</param>
    /// <param name="now">The time of the pass.</param>
    public static ScaleDecision Run(
        ServiceSpec spec,
        CompiledRuleSet rules,
        RuleState state,
        QueueMetrics?[] metrics,
        int? currentReplicas,
        ScalingMemory memory,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(metrics);
        if (Array.IndexOf(metrics, null) < 0 && metrics.Length >= rules.Resources.Length)
        {
            rules.Evaluate(state, metrics, now);
        }

        var input = ScalingInput.FromRules(currentReplicas, rules, state, metrics, spec.Scale?.Target?.Resource);
        return ScalingPolicy.Decide(spec, input, memory, now);
    }
}
