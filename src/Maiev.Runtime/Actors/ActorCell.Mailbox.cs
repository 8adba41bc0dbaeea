namespace Maiev.Runtime.Actors;

/// <summary>Enqueueing: user messages (bounded or not), runtime messages and system messages.</summary>
internal sealed partial class ActorCell
{
    public void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        sender ??= t_running; // inside a handler, the sender defaults to the actor itself, as in Akka
        if (_terminated)
        {
            _system.DeadLetter(message, sender, this);
            return;
        }

        var capacity = _props.MailboxCapacity;
        if (Interlocked.Increment(ref _userCount) > capacity && capacity > 0)
        {
            Interlocked.Decrement(ref _userCount);
            _system.DeadLetter(message, sender, this);
            return;
        }

        _mailbox.Enqueue(message, sender);
        TrySchedule();
    }

    /// <summary>Enqueues a runtime-made message (timer tick, Terminated) that ignores the mailbox bound.</summary>
    internal void EnqueueInternal(object message, IActorRef? sender)
    {
        Interlocked.Increment(ref _userCount);
        _mailbox.Enqueue(message, sender);
        TrySchedule();
    }

    public void SendSystemMessage(SystemMessage message)
    {
        bool dead;
        lock (this)
        {
            dead = _terminated;
            if (!dead)
            {
                message.Next = null;
                if (_sysTail is null)
                {
                    _sysHead = _sysTail = message;
                }
                else
                {
                    _sysTail.Next = message;
                    _sysTail = message;
                }
            }
        }

        if (dead)
        {
            HandleDeadSystemMessage(message);
        }
        else
        {
            TrySchedule();
        }
    }

    private void DrainMailboxToDeadLetters()
    {
        while (_mailbox.TryDequeue(out var envelope))
        {
            Interlocked.Decrement(ref _userCount);
            var message = envelope.Message switch
            {
                TimerTick tick => tick.Message,
                WatchedTerminated watched => watched.Terminated,
                _ => envelope.Message,
            };
            _system.DeadLetter(message, envelope.Sender, this);
        }
    }
}
