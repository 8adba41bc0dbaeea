namespace Maiev.Actors.Scaling;

/// <summary>What the policy recommended at one pass, before holds and limits (for the stabilization window).</summary>
/// <param name="At">When.</param>
/// <param name="Replicas">The recommended replicas.</param>
internal sealed record Recommendation(DateTimeOffset At, int Replicas);
