using System.Collections.Immutable;
using Maiev.Actors.Rules;

namespace Maiev.Actors.Specs;

/// <summary>
/// maiev's <c>scale</c> object (<c>resources</c>, <c>rules</c>, <c>scale_up</c>, <c>scale_down</c>)
/// plus Maiev's additions. Durations are zero when not given.
/// </summary>
/// <param name="Resources">The queues rules read.</param>
/// <param name="Rules">Named rules, evaluated in order.</param>
/// <param name="ScaleUp">The scale-up condition (step mode), or null.</param>
/// <param name="ScaleDown">The scale-down condition (step mode), or null.</param>
/// <param name="Mode">Step (maiev) or target tracking.</param>
/// <param name="Target">The target (required in target mode), or null.</param>
/// <param name="ScaleUpCooldown">Minimum time since the last change before scaling up.</param>
/// <param name="ScaleDownCooldown">Minimum time since the last change before scaling down.</param>
/// <param name="StabilizationWindow">Scale down only to the highest replica count recommended within this window.</param>
/// <param name="RepeatDelay">Step mode: minimum time between two steps in the same direction.</param>
/// <param name="UpLimit">Limit on increases per period, or null.</param>
/// <param name="DownLimit">Limit on decreases per period, or null.</param>
/// <param name="ScaleToZero">Scale to zero with activation, or null.</param>
internal sealed record ScaleSpec(
    ImmutableArray<ResourceSpec> Resources,
    ImmutableArray<RuleDefinition> Rules,
    string? ScaleUp,
    string? ScaleDown,
    ScaleMode Mode = ScaleMode.Step,
    TargetTrackingSpec? Target = null,
    TimeSpan ScaleUpCooldown = default,
    TimeSpan ScaleDownCooldown = default,
    TimeSpan StabilizationWindow = default,
    TimeSpan RepeatDelay = default,
    StepLimitSpec? UpLimit = null,
    StepLimitSpec? DownLimit = null,
    ScaleToZeroSpec? ScaleToZero = null)
{
    /// <summary>Compiles the rules, scale conditions and activation against the resource names.</summary>
    public RuleCompilation CompileRules() =>
        CompiledRuleSet.Compile(
            Resources.Select(r => r.Name).ToList(),
            Rules,
            ScaleUp,
            ScaleDown,
            ScaleToZero?.Activation);
}
