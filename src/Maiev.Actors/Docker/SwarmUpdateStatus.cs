namespace Maiev.Actors.Docker;

/// <summary>
/// A service's <c>UpdateStatus</c>: <see cref="State"/> is <c>updating</c>, <c>paused</c>, <c>completed</c>,
/// <c>rollback_started</c>, <c>rollback_paused</c> or <c>rollback_completed</c>.
/// </summary>
/// <param name="State">The state string as Swarm reports it.</param>
/// <param name="Message">Swarm's explanation (why a rollback started).</param>
/// <param name="StartedAt">When the update started.</param>
/// <param name="CompletedAt">When it completed, if it did.</param>
internal sealed record SwarmUpdateStatus(string State, string? Message, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt)
{
    /// <summary>Whether Swarm is done with this update, whichever way it ended.</summary>
    public bool IsFinal => State is "completed" or "rollback_completed" or "paused" or "rollback_paused";

    /// <summary>Whether Swarm rolled the update back (or is doing so).</summary>
    public bool IsRollback => State.StartsWith("rollback", StringComparison.Ordinal);
}
