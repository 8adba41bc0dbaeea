namespace Maiev.Runtime.Actors;

/// <summary>Published on the event stream for a message an actor did not handle.</summary>
/// <param name="Message">The message.</param>
/// <param name="Sender">Who sent it, if anyone.</param>
/// <param name="Recipient">The actor that did not handle it.</param>
public sealed record UnhandledMessage(object Message, IActorRef? Sender, IActorRef Recipient);
