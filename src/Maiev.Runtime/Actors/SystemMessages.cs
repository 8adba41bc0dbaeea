namespace Maiev.Runtime.Actors;

/// <summary>
/// Control messages between cells. They are processed before user messages and link
/// themselves into the receiver's queue, so each instance is sent exactly once.
/// </summary>
internal abstract class SystemMessage
{
    /// <summary>Intrusive link of the receiver's system queue.</summary>
    internal SystemMessage? Next;
}

/// <summary>Create the actor instance and run PreStart.</summary>
internal sealed class CreateActor : SystemMessage;

/// <summary>Stop the actor (children first).</summary>
internal sealed class TerminateActor : SystemMessage;

/// <summary>Resume a failed actor, keeping its state.</summary>
internal sealed class ResumeActor : SystemMessage;

/// <summary>Restart a failed actor with a fresh instance.</summary>
internal sealed class RecreateActor(Exception cause) : SystemMessage
{
    public Exception Cause { get; } = cause;
}

/// <summary>A child failed; its parent decides what happens.</summary>
internal sealed class ChildFailed(ActorCell child, Exception cause) : SystemMessage
{
    public ActorCell Child { get; } = child;

    public Exception Cause { get; } = cause;
}

/// <summary>A child finished stopping.</summary>
internal sealed class ChildTerminated(ActorCell child) : SystemMessage
{
    public ActorCell Child { get; } = child;
}

/// <summary>Start telling <see cref="Watcher"/> when the receiver stops.</summary>
internal sealed class WatchRequest(IInternalActorRef watcher) : SystemMessage
{
    public IInternalActorRef Watcher { get; } = watcher;
}

/// <summary>Stop telling <see cref="Watcher"/> when the receiver stops.</summary>
internal sealed class UnwatchRequest(IInternalActorRef watcher) : SystemMessage
{
    public IInternalActorRef Watcher { get; } = watcher;
}

/// <summary>A watched actor has stopped (or was already dead when watched).</summary>
internal sealed class DeathWatchNotification(IActorRef actor) : SystemMessage
{
    public IActorRef Actor { get; } = actor;
}

/// <summary>A <see cref="Terminated"/> made by death watch (a user may also send Terminated as a plain message).</summary>
internal sealed class WatchedTerminated(Terminated terminated)
{
    public Terminated Terminated { get; } = terminated;
}
