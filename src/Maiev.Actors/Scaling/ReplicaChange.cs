namespace Maiev.Actors.Scaling;

/// <summary>A decided change of replicas (for cooldowns and step limits).</summary>
/// <param name="At">When it was decided.</param>
/// <param name="From">Replicas before.</param>
/// <param name="To">Replicas after.</param>
internal sealed record ReplicaChange(DateTimeOffset At, int From, int To);
