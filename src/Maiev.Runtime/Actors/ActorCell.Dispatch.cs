namespace Maiev.Runtime.Actors;

/// <summary>Mailbox and dispatch: system messages first, then up to a throughput batch of user messages.</summary>
internal sealed partial class ActorCell
{
    [ThreadStatic]
    private static ActorCell? t_running;

    private UserQueue _mailbox;
    private int _status; // 0 idle, 1 scheduled or running
    private int _userCount;
    private SystemMessage? _sysHead;
    private SystemMessage? _sysTail;
    private volatile bool _terminated;
    private bool _terminating;
    private bool _failed;
    private bool _restarting;
    private bool _awaiting;
    private int _asyncDone;
    private Task? _pendingTask;
    private object? _failedMessage;

    private bool CanProcessUser =>
        _actor is not null && !_failed && !_terminating && !_terminated && !_restarting && !_awaiting;

    public void Execute()
    {
        t_running = this;
        try
        {
            Run();
        }
        finally
        {
            t_running = null;
            Interlocked.Exchange(ref _status, 0);
            if (HasWork())
            {
                TrySchedule();
            }
        }
    }

    /// <summary>Called by an async handler's continuation; the cell resumes on its next run.</summary>
    internal void AwaitHandler(Task task)
    {
        if (_awaiting)
        {
            throw new InvalidOperationException($"Actor {_path} already awaits an asynchronous step of this message.");
        }

        if (task.IsCompleted)
        {
            task.GetAwaiter().GetResult(); // a synchronous failure is a handler failure
            return;
        }

        _awaiting = true;
        _pendingTask = task;
        Volatile.Write(ref _asyncDone, 0);
        task.ContinueWith(
            static (_, state) => ((ActorCell)state!).OnAsyncHandlerDone(),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void OnAsyncHandlerDone()
    {
        Volatile.Write(ref _asyncDone, 1);
        TrySchedule();
    }

    private void TrySchedule()
    {
        if (Interlocked.CompareExchange(ref _status, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    private bool HasWork()
    {
        if (_awaiting)
        {
            return Volatile.Read(ref _asyncDone) != 0;
        }

        if (Volatile.Read(ref _sysHead) is not null)
        {
            return true;
        }

        if (_terminated)
        {
            return !_mailbox.IsEmpty;
        }

        return CanProcessUser && (!_mailbox.IsEmpty || _stash?.HasUnstashed == true);
    }

    private void Run()
    {
        if (_awaiting)
        {
            if (Volatile.Read(ref _asyncDone) == 0)
            {
                return; // nothing, not even system messages, runs while a handler's task is pending
            }

            CompleteAwait();
        }

        ProcessSystemMessages();
        var budget = _system.Throughput;
        while (budget-- > 0 && CanProcessUser && TryTakeUser(out var envelope))
        {
            Invoke(envelope);
            if (!_awaiting && Volatile.Read(ref _sysHead) is not null)
            {
                ProcessSystemMessages();
            }
        }

        if (_terminated)
        {
            DrainMailboxToDeadLetters();
        }
    }

    private bool TryTakeUser(out Envelope envelope)
    {
        if (_stash is { HasUnstashed: true } && _stash.TryTakeUnstashed(out envelope))
        {
            return true;
        }

        if (_mailbox.TryDequeue(out envelope))
        {
            Interlocked.Decrement(ref _userCount);
            return true;
        }

        return false;
    }

    private void ProcessSystemMessages()
    {
        while (!_awaiting)
        {
            SystemMessage? list;
            lock (this)
            {
                list = _sysHead;
                _sysHead = _sysTail = null;
            }

            if (list is null)
            {
                return;
            }

            while (list is not null)
            {
                var next = list.Next;
                list.Next = null;
                if (_terminated)
                {
                    HandleDeadSystemMessage(list); // taken in the same batch as the stop that finished
                }
                else
                {
                    HandleSystem(list);
                }

                list = next;
            }
        }
    }

    private void Invoke(Envelope envelope)
    {
        _currentMessage = envelope.Message;
        _currentSender = envelope.Sender;
        try
        {
            switch (envelope.Message)
            {
                case TimerTick tick:
                    if (_timers is not null && _timers.Accept(tick))
                    {
                        _currentMessage = tick.Message;
                        _currentSender = null;
                        Deliver(tick.Message);
                    }

                    break;
                case PoisonPill:
                    BeginTerminate();
                    break;
                case WatchedTerminated watched:
                    // Dropped if the actor unwatched after the notification was queued.
                    if (_watching is not null && _watching.Remove(watched.Terminated.ActorRef))
                    {
                        _currentMessage = watched.Terminated;
                        Deliver(watched.Terminated);
                    }

                    break;
                default:
                    Deliver(envelope.Message);
                    break;
            }
        }
#pragma warning disable CA1031 // a handler's failure goes to the supervisor, whatever it is
        catch (Exception ex)
#pragma warning restore CA1031
        {
            HandleInvokeFailure(ex);
        }
        finally
        {
            if (!_awaiting)
            {
                _currentMessage = null;
                _currentSender = null;
            }
        }
    }

    private void CompleteAwait()
    {
        var task = _pendingTask!;
        _awaiting = false;
        _pendingTask = null;
        Volatile.Write(ref _asyncDone, 0);
        if (!task.IsCompletedSuccessfully)
        {
            try
            {
                task.GetAwaiter().GetResult();
            }
#pragma warning disable CA1031 // an async handler's failure goes to the supervisor, whatever it is
            catch (Exception ex)
#pragma warning restore CA1031
            {
                HandleInvokeFailure(ex);
            }
        }

        _currentMessage = null;
        _currentSender = null;
    }
}
