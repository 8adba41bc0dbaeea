namespace Maiev.Runtime.Actors;

/// <summary>
/// A handle to an actor. Telling never blocks and never throws because of the recipient:
/// a message to a stopped actor goes to dead letters. Two references are equal when their
/// <see cref="Path"/>s are equal.
/// </summary>
public interface IActorRef
{
    /// <summary>Where the actor lives in the tree.</summary>
    ActorPath Path { get; }

    /// <summary>
    /// Enqueues <paramref name="message"/> for the actor. Messages from one sender arrive in the
    /// order they were sent; delivery is at most once.
    /// </summary>
    /// <param name="message">The message; must not be <see langword="null"/>.</param>
    /// <param name="sender">
    /// Who the actor sees as <c>Sender</c> (replies go there). When <see langword="null"/> and called from an
    /// actor's synchronous handler, the sender is that actor; otherwise there is none.
    /// </param>
    void Tell(object message, IActorRef? sender = null);
}
