namespace Maiev.Runtime.Actors;

/// <summary>Lifecycle and supervision: create, fail, resume, restart and stop.</summary>
internal sealed partial class ActorCell
{
    private Exception? _restartCause;

    private void HandleCreate()
    {
        try
        {
            _actor = NewActor();
            _actor.PreStart();
        }
#pragma warning disable CA1031 // any failure to start is reported to the supervisor
        catch (Exception ex)
#pragma warning restore CA1031
        {
            HandleInvokeFailure(new ActorInitializationException(_path, ex));
        }
    }

    private void HandleInvokeFailure(Exception cause)
    {
        _failedMessage = _currentMessage;
        if (_terminating || _terminated)
        {
            RuntimeLog.FailedWhileStopping(Logger, _path, cause);
            return;
        }

        _failed = true;
        RuntimeLog.ActorFailed(Logger, _path, cause);
        if (_parent is null)
        {
            BeginTerminate();
            return;
        }

        _parent.SendSystemMessage(new ChildFailed(this, cause));
    }

    private void HandleChildFailed(ChildFailed failed)
    {
        var child = failed.Child;
        if (_terminating || _terminated || !IsChild(child))
        {
            return;
        }

        var strategy = _actor?.SupervisorStrategy() ?? _props.Supervisor ?? _system.DefaultSupervisor;
        var directive = strategy.Decide(failed.Cause);
        RuntimeLog.SupervisorDecided(Logger, _path, directive, child._path, failed.Cause);
        ActorCell[] targets = strategy.AppliesToAllChildren ? ChildrenSnapshot() : [child];
        switch (directive)
        {
            case Directive.Resume:
                child.SendSystemMessage(new ResumeActor());
                break;
            case Directive.Restart when strategy.RequestRestartPermission(child, _system.TimeProvider.GetUtcNow()):
                foreach (var target in targets)
                {
                    target.SendSystemMessage(new RecreateActor(failed.Cause));
                }

                break;
            case Directive.Restart:
                RuntimeLog.RestartBudgetExhausted(Logger, child._path, strategy.MaxNrOfRetries, strategy.WithinTimeRange);
                StopAll(targets);
                break;
            case Directive.Stop:
                StopAll(targets);
                break;
            default:
                HandleInvokeFailure(failed.Cause);
                break;
        }
    }

    private void StopAll(ActorCell[] targets)
    {
        foreach (var target in targets)
        {
            Stop(target);
        }
    }

    private void HandleRecreate(Exception cause)
    {
        if (_terminating || _terminated)
        {
            return;
        }

        _timers?.CancelAll();
        if (_actor is not null)
        {
            try
            {
                _actor.PreRestart(cause, _failedMessage);
            }
#pragma warning disable CA1031 // the old instance is discarded either way
            catch (Exception ex)
#pragma warning restore CA1031
            {
                RuntimeLog.HookFailed(Logger, _path, nameof(ActorBase.PreRestart), ex);
            }
        }

        _actor = null;
        _failedMessage = null;
        _failed = false;
        _restarting = true;
        _restartCause = cause;
        if (_stopping is null || _stopping.Count == 0)
        {
            FinishRestart();
        }
    }

    private void FinishRestart()
    {
        var cause = _restartCause!;
        _restarting = false;
        _restartCause = null;
        RestartCount++;
        try
        {
            _actor = NewActor();
            _actor.PostRestart(cause);
        }
#pragma warning disable CA1031 // any failure to start is reported to the supervisor
        catch (Exception ex)
#pragma warning restore CA1031
        {
            HandleInvokeFailure(new ActorInitializationException(_path, ex));
            return;
        }

        _stash?.UnstashAll();
    }


}
