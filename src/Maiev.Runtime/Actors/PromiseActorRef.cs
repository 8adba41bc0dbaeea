namespace Maiev.Runtime.Actors;

/// <summary>A temporary reference that completes a task with the first message told to it (used by Ask).</summary>
internal sealed class PromiseActorRef(ActorPath path, ActorSystem? system) : IInternalActorRef
{
    private readonly TaskCompletionSource<object> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ActorPath Path => path;

    public ActorSystem? System => system;

    public Task<object> Reply => _reply.Task;

    public void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!_reply.TrySetResult(message))
        {
            system?.DeadLetter(message, sender, this);
        }
    }

    public void SendSystemMessage(SystemMessage message)
    {
        if (message is WatchRequest watch && _reply.Task.IsCompleted)
        {
            watch.Watcher.SendSystemMessage(new DeathWatchNotification(this));
        }
    }

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => path.GetHashCode();

    public override string ToString() => path.ToString();
}
