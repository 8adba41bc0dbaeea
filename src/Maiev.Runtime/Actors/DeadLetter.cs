namespace Maiev.Runtime.Actors;

/// <summary>Published on the event stream for a message that could not be delivered.</summary>
/// <param name="Message">The message.</param>
/// <param name="Sender">Who sent it, if anyone.</param>
/// <param name="Recipient">Whom it was for.</param>
public sealed record DeadLetter(object Message, IActorRef? Sender, IActorRef Recipient);
