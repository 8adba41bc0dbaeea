namespace Maiev.Actors.Scaling;

/// <summary>
/// One scaling decision and everything that made it: from → to, the action, a sentence a person
/// can read, the inputs and the memory to keep for the next pass.
/// </summary>
/// <param name="Action">What to do.</param>
/// <param name="From">The replicas before (null when unknown).</param>
/// <param name="To">The replicas to set (equal to <paramref name="From"/> unless scaling).</param>
/// <param name="Desired">What the policy recommended before holds and limits (null when it could not judge).</param>
/// <param name="Reason">Why, e.g. "scale_up holds: 2 → 3".</param>
/// <param name="Policy">Which policy decided ("step" or "target").</param>
/// <param name="Input">The inputs.</param>
/// <param name="Memory">The memory for the next pass.</param>
/// <param name="At">When the decision was made.</param>
internal sealed record ScaleDecision(
    ScaleAction Action,
    int? From,
    int? To,
    int? Desired,
    string Reason,
    string Policy,
    ScalingInput Input,
    ScalingMemory Memory,
    DateTimeOffset At)
{
    /// <summary>True when replicas change (<see cref="To"/> differs from <see cref="From"/>).</summary>
    public bool Changes => Action is ScaleAction.ScaleUp or ScaleAction.ScaleDown;
}
