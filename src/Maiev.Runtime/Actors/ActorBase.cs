using Microsoft.Extensions.Logging;

namespace Maiev.Runtime.Actors;

/// <summary>
/// The base of every actor. The runtime calls <see cref="Receive"/> with one message at a time,
/// so the actor's fields are never touched concurrently. Create actors only through
/// <see cref="ActorSystem.ActorOf"/> or <see cref="IActorContext.ActorOf"/> with <see cref="Props"/>.
/// </summary>
public abstract class ActorBase
{
    private readonly ActorCell _cell;

    /// <summary>Binds the instance to the cell that is creating it.</summary>
    /// <exception cref="InvalidOperationException">The actor was created with <c>new</c> outside a Props factory run by the runtime.</exception>
    protected ActorBase()
    {
        _cell = ActorCell.Constructing
            ?? throw new InvalidOperationException($"{GetType().Name} must be created by ActorOf with Props, not with new.");
    }

    internal ActorCell Cell => _cell;

    /// <summary>The actor itself.</summary>
    protected IActorRef Self => _cell;

    /// <summary>The sender of the current message (dead letters when there is none).</summary>
    protected IActorRef Sender => _cell.Sender;

    /// <summary>The actor's context: children, watch, stop, system.</summary>
    protected IActorContext Context => _cell;

    /// <summary>The actor's keyed timers.</summary>
    protected ITimerScheduler Timers => _cell.Timers;

    /// <summary>The actor's stash.</summary>
    protected IStash Stash => _cell.Stash;

    /// <summary>A logger named after the actor's type.</summary>
    protected ILogger Log => _cell.ActorLogger;

    /// <summary>
    /// Runs an asynchronous step of the current message: the actor processes nothing else (not even a stop)
    /// until the task completes, and a fault is a failure of that message. Call it at most once per message,
    /// from the handler itself.
    /// </summary>
    /// <exception cref="InvalidOperationException">An asynchronous step of this message is already running.</exception>
    protected void RunTask(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _cell.AwaitHandler(action());
    }

    /// <summary>Handles one message; returns <see langword="false"/> when it is not handled.</summary>
    protected internal abstract bool Receive(object message);

    /// <summary>
    /// Called for a message <see cref="Receive"/> did not handle: an unhandled <see cref="Terminated"/>
    /// throws <see cref="DeathPactException"/>; anything else is published as <see cref="UnhandledMessage"/>.
    /// </summary>
    protected internal virtual void Unhandled(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message is Terminated terminated)
        {
            throw new DeathPactException(terminated.ActorRef.Path);
        }

        _cell.System.EventStream.Publish(new UnhandledMessage(message, _cell.CurrentSender, _cell));
    }

    /// <summary>Called after the instance is created, before its first message.</summary>
    protected internal virtual void PreStart()
    {
    }

    /// <summary>Called once the actor and all its children have stopped.</summary>
    protected internal virtual void PostStop()
    {
    }

    /// <summary>Called on the failed instance before a restart; by default stops every child, then calls <see cref="PostStop"/>.</summary>
    protected internal virtual void PreRestart(Exception reason, object? message)
    {
        foreach (var child in _cell.Children)
        {
            _cell.Stop(child);
        }

        PostStop();
    }

    /// <summary>Called on the new instance after a restart; by default calls <see cref="PreStart"/>.</summary>
    protected internal virtual void PostRestart(Exception reason) => PreStart();

    /// <summary>How this actor supervises its children; <see langword="null"/> uses the props' or the system default.</summary>
    protected internal virtual SupervisorStrategy? SupervisorStrategy() => null;

    /// <summary>Hook run by the cell once the constructor has returned.</summary>
    internal virtual void OnConstructed()
    {
    }
}
