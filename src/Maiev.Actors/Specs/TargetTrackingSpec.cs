namespace Maiev.Actors.Specs;

/// <summary>Target tracking: keep <see cref="Resource"/> at <see cref="Value"/> of <see cref="Kind"/>.</summary>
/// <param name="Resource">The resource (by name) whose queue is tracked.</param>
/// <param name="Kind">What is held.</param>
/// <param name="Value">The target (seconds or messages per replica), &gt; 0.</param>
/// <param name="Tolerance">The band around the target (fraction, default 0.1) within which nothing changes.</param>
internal sealed record TargetTrackingSpec(string Resource, TargetKind Kind, double Value, double Tolerance = 0.1);
