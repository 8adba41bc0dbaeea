using System.Collections.Immutable;

namespace Maiev.Actors.Scaling;

/// <summary>
/// What the policy remembers between passes: when it started observing (the stabilization window
/// runs from there after a restart), recent recommendations and recent changes. Immutable: every
/// <see cref="ScalingPolicy.Decide"/> returns the next memory in <see cref="ScaleDecision.Memory"/>;
/// keep it only if the decision is applied (or always: a held decision records a recommendation only).
/// </summary>
/// <param name="ObservingSince">The first pass, or null before any.</param>
/// <param name="Recommendations">Recommendations within the stabilization window, oldest first.</param>
/// <param name="Changes">Changes within the longest of the cooldowns, repeat delay and step-limit periods, oldest first.</param>
internal sealed record ScalingMemory(
    DateTimeOffset? ObservingSince,
    ImmutableList<Recommendation> Recommendations,
    ImmutableList<ReplicaChange> Changes)
{
    /// <summary>Nothing observed yet.</summary>
    public static ScalingMemory Empty { get; } = new(null, [], []);

    /// <summary>The latest change, or null.</summary>
    public ReplicaChange? LastChange => Changes.IsEmpty ? null : Changes[^1];

    /// <summary>The latest increase, or null.</summary>
    public ReplicaChange? LastUp => Changes.LastOrDefault(c => c.To > c.From);

    /// <summary>The latest decrease, or null.</summary>
    public ReplicaChange? LastDown => Changes.LastOrDefault(c => c.To < c.From);
}
