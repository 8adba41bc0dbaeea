namespace Maiev.Runtime.Actors;

/// <summary>The <c>/deadLetters</c> reference: whatever is told to it is counted and published as <see cref="DeadLetter"/>.</summary>
internal sealed class DeadLetterActorRef(ActorSystem system, ActorPath path) : IInternalActorRef
{
    public ActorPath Path => path;

    public ActorSystem? System => system;

    public void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        system.DeadLetter(message, sender, this);
    }

    public void SendSystemMessage(SystemMessage message)
    {
        if (message is WatchRequest watch)
        {
            watch.Watcher.SendSystemMessage(new DeathWatchNotification(this));
        }
    }

    public override bool Equals(object? obj) => obj is IActorRef other && path.Equals(other.Path);

    public override int GetHashCode() => path.GetHashCode();

    public override string ToString() => path.ToString();
}
