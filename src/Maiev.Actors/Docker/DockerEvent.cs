namespace Maiev.Actors.Docker;

/// <summary>One line of the engine's <c>/events</c> stream.</summary>
/// <param name="Type">Object type (<c>service</c>, <c>container</c>, …).</param>
/// <param name="Action">What happened (<c>create</c>, <c>update</c>, <c>remove</c>).</param>
/// <param name="ActorId">The object's id.</param>
/// <param name="Attributes">The actor's attributes (for services: <c>name</c>, and <c>updatestate.new</c> on update-state changes).</param>
/// <param name="TimeNano">When, in Unix nanoseconds (use it as <c>since</c> when reconnecting).</param>
internal sealed record DockerEvent(string Type, string Action, string ActorId, IReadOnlyDictionary<string, string> Attributes, long TimeNano);
