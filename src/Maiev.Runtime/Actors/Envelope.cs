namespace Maiev.Runtime.Actors;

/// <summary>A user message with its sender.</summary>
internal readonly record struct Envelope(object Message, IActorRef? Sender);
