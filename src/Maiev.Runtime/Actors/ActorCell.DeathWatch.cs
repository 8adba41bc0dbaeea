namespace Maiev.Runtime.Actors;

/// <summary>Death watch and the last steps of stopping.</summary>
internal sealed partial class ActorCell
{
    private HashSet<IInternalActorRef>? _watchers;
    private HashSet<IActorRef>? _watching;

    public IActorRef Watch(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor is not IInternalActorRef target)
        {
            throw new ArgumentException($"{actor.Path} is not an actor of this runtime and cannot be watched.", nameof(actor));
        }

        if (!Equals(actor) && (_watching ??= []).Add(actor))
        {
            target.SendSystemMessage(new WatchRequest(this));
        }

        return actor;
    }

    public void Unwatch(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (_watching is not null && _watching.Remove(actor) && actor is IInternalActorRef target)
        {
            target.SendSystemMessage(new UnwatchRequest(this));
        }
    }

    private void AddWatcher(IInternalActorRef watcher)
    {
        if (!Equals(watcher))
        {
            (_watchers ??= []).Add(watcher);
        }
    }

    private void HandleDeadSystemMessage(SystemMessage message)
    {
        if (message is WatchRequest watch)
        {
            // Watching an actor that is already dead still yields Terminated.
            watch.Watcher.SendSystemMessage(new DeathWatchNotification(this));
        }
    }

    private void FinishTerminate()
    {
        lock (this)
        {
            if (_terminated || (_children?.Count ?? 0) > 0)
            {
                return;
            }
        }

        if (_actor is not null)
        {
            try
            {
                _actor.PostStop();
            }
#pragma warning disable CA1031 // stopping goes on whatever PostStop does
            catch (Exception ex)
#pragma warning restore CA1031
            {
                RuntimeLog.HookFailed(Logger, _path, nameof(ActorBase.PostStop), ex);
            }
        }

        _actor = null;
        SystemMessage? pending;
        lock (this)
        {
            _terminated = true;
            pending = _sysHead;
            _sysHead = _sysTail = null;
        }

        for (var message = pending; message is not null;)
        {
            var next = message.Next;
            message.Next = null;
            HandleDeadSystemMessage(message);
            message = next;
        }

        if (_stash is not null)
        {
            foreach (var envelope in _stash.DrainAll())
            {
                _system.DeadLetter(envelope.Message, envelope.Sender, this);
            }
        }

        DrainMailboxToDeadLetters();
        _system.EventStream.Unsubscribe(this);
        if (_parent is not null)
        {
            _parent.SendSystemMessage(new ChildTerminated(this));
        }
        else
        {
            _system.OnGuardianTerminated(this);
        }

        if (_watchers is not null)
        {
            foreach (var watcher in _watchers)
            {
                watcher.SendSystemMessage(new DeathWatchNotification(this));
            }
        }

        if (_watching is not null)
        {
            foreach (var watched in _watching)
            {
                (watched as IInternalActorRef)?.SendSystemMessage(new UnwatchRequest(this));
            }
        }

        _watchers = null;
        _watching = null;
        _timers = null;
        RuntimeLog.Stopped(Logger, _path);
    }
}
