namespace Maiev.Runtime.Actors;

/// <summary>System message dispatch and the start of stopping.</summary>
internal sealed partial class ActorCell
{
    private void HandleSystem(SystemMessage message)
    {
        try
        {
            switch (message)
            {
                case CreateActor:
                    HandleCreate();
                    break;
                case TerminateActor:
                    BeginTerminate();
                    break;
                case ResumeActor:
                    _failed = _failed && _terminating;
                    break;
                case RecreateActor recreate:
                    HandleRecreate(recreate.Cause);
                    break;
                case ChildFailed failed:
                    HandleChildFailed(failed);
                    break;
                case ChildTerminated terminated:
                    HandleChildTerminated(terminated.Child);
                    break;
                case WatchRequest watch:
                    AddWatcher(watch.Watcher);
                    break;
                case UnwatchRequest unwatch:
                    _watchers?.Remove(unwatch.Watcher);
                    break;
                case DeathWatchNotification notification:
                    if (_watching is not null && _watching.Contains(notification.Actor))
                    {
                        EnqueueInternal(new WatchedTerminated(new Terminated(notification.Actor)), null);
                    }

                    break;
            }
        }
#pragma warning disable CA1031 // a failing hook or strategy must not kill the dispatcher thread
        catch (Exception ex)
#pragma warning restore CA1031
        {
            RuntimeLog.HookFailed(Logger, _path, message.GetType().Name, ex);
        }
    }

    private void BeginTerminate()
    {
        lock (this)
        {
            if (_terminating || _terminated)
            {
                return;
            }

            _terminating = true;
        }

        _timers?.CancelAll();
        var children = ChildrenSnapshot();
        foreach (var child in children)
        {
            Stop(child);
        }

        if (children.Length == 0)
        {
            FinishTerminate();
        }
    }
}
