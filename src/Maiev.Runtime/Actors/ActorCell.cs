using Microsoft.Extensions.Logging;

namespace Maiev.Runtime.Actors;

/// <summary>
/// One actor's runtime: reference, context, mailbox and dispatcher in one object (small per actor).
/// At most one thread runs <see cref="Execute"/> at a time; everything not marked otherwise is
/// touched only from there. Partial files: dispatch, children, supervision, death watch.
/// </summary>
internal sealed partial class ActorCell : IInternalActorRef, IActorContext, IThreadPoolWorkItem
{
    [ThreadStatic]
    private static ActorCell? t_constructing;

    private readonly ActorSystem _system;
    private readonly ActorCell? _parent;
    private readonly ActorPath _path;
    private readonly Props _props;
    private ActorBase? _actor;
    private object? _currentMessage;
    private IActorRef? _currentSender;
    private TimerScheduler? _timers;
    private ActorStash? _stash;

    public ActorCell(ActorSystem system, ActorCell? parent, ActorPath path, Props props)
    {
        _system = system;
        _parent = parent;
        _path = path;
        _props = props;
        _mailbox = new UserQueue();
    }

    /// <summary>The cell whose Props factory is running on this thread.</summary>
    internal static ActorCell? Constructing => t_constructing;

    public ActorPath Path => _path;

    public ActorSystem System => _system;

    ActorSystem? IInternalActorRef.System => _system;

    public Props Props => _props;

    public IActorRef Self => this;

    public IActorRef Sender => _currentSender ?? _system.DeadLetters;

    public IActorRef Parent => (IActorRef?)_parent ?? _system.DeadLetters;

    public ITimerScheduler Timers => _timers ??= new TimerScheduler(this);

    public IStash Stash => _stash ??= new ActorStash(this);

    public object? CurrentMessage => _currentMessage;

    public IActorRef? CurrentSender => _currentSender;

    public ILogger ActorLogger => _system.LoggerFactory.CreateLogger(_props.ActorType.FullName ?? _props.ActorType.Name);

    /// <summary>Messages waiting in the mailbox (approximate while others send).</summary>
    public int MailboxDepth => Volatile.Read(ref _userCount);

    private int _restartCount;

    /// <summary>How often this actor was restarted.</summary>
    public int RestartCount
    {
        get => Volatile.Read(ref _restartCount);
        private set => Volatile.Write(ref _restartCount, value);
    }

    /// <summary>Restart budget bookkeeping, written only by the parent's processing.</summary>
    internal int RestartsInWindow { get; set; }

    /// <summary>Start of the current restart window, written only by the parent's processing.</summary>
    internal DateTimeOffset? RestartWindowStart { get; set; }

    /// <summary>The actor's type, for introspection.</summary>
    public Type ActorType => _props.ActorType;

    public bool IsTerminated => _terminated;

    private ILogger Logger => _system.RuntimeLogger;

    public override bool Equals(object? obj) => obj is IActorRef other && _path.Equals(other.Path);

    public override int GetHashCode() => _path.GetHashCode();

    public override string ToString() => _path.ToString();

    private ActorBase NewActor()
    {
        var previous = t_constructing;
        t_constructing = this;
        try
        {
            var actor = _props.Factory();
            if (actor is null || !ReferenceEquals(actor.Cell, this))
            {
                throw new InvalidOperationException($"The Props factory for {_path} must return a new {_props.ActorType.Name} on each call.");
            }

            actor.OnConstructed();
            return actor;
        }
        finally
        {
            t_constructing = previous;
        }
    }

    private void Deliver(object message)
    {
        var actor = _actor!;
        if (!actor.Receive(message))
        {
            actor.Unhandled(message);
        }
    }
}
