namespace Maiev.Runtime.Actors;

/// <summary>Delivered to a watcher when the watched actor has stopped (or was already dead when watched).</summary>
/// <param name="ActorRef">The actor that stopped.</param>
public sealed record Terminated(IActorRef ActorRef);
