namespace Maiev.Actors.Docker;

/// <summary>One task (replica slot instance) of a service.</summary>
/// <param name="Id">Task id.</param>
/// <param name="ServiceId">The service it belongs to.</param>
/// <param name="Slot">Replica slot (null for global services).</param>
/// <param name="State">Observed state: <c>new</c>, <c>pending</c>, …, <c>running</c>, <c>shutdown</c>, <c>failed</c>, <c>rejected</c>.</param>
/// <param name="DesiredState">What Swarm wants it to be (<c>running</c>, <c>shutdown</c>).</param>
/// <param name="Image">The image the task runs.</param>
/// <param name="Error">Swarm's error, when the task failed.</param>
internal sealed record SwarmTask(string Id, string ServiceId, int? Slot, string State, string DesiredState, string? Image, string? Error)
{
    /// <summary>Running and meant to be running.</summary>
    public bool IsRunning => State == "running" && DesiredState == "running";
}
