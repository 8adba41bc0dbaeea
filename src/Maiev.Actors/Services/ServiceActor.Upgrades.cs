using Maiev.Actors.Upgrades;
using Maiev.Actors.Versions;
using Outcome = Maiev.Actors.Upgrades.UpgradeOutcome;

namespace Maiev.Actors.Services;

/// <summary>
/// The service side of upgrades: judge every push of the service's repository with the spec's version policy, start
/// the <c>upgrade</c> child, queue the newest acceptable push while one runs, and record how it ended.
/// </summary>
internal sealed partial class ServiceActor
{
    private string? _upgradeState;

    private async Task OnImagePushedAsync(ImagePushed pushed)
    {
        if (!_state.Monitored || _state.Spec is not { } spec || _image is not { } current || !current.SameRepository(pushed.Image))
        {
            return;
        }

        var now = Time.GetUtcNow();
        if (_state.Upgrade is { } running)
        {
            // Judge against what will run after the current upgrade (and a push already queued): newest wins.
            var basis = Parse(_state.QueuedPush) ?? Parse(running.Target) ?? current;
            var next = UpgradeDecision.Decide(basis, pushed.Image, spec.Upgrade.Policy);
            await PersistAsync(new NewVersionSeen(basis.ToString(), pushed.Image.ToString(), next.Outcome.ToString(), next.Reason, pushed.EventId, next.ShouldUpgrade, now)).ConfigureAwait(false);
            return;
        }

        await DecideUpgradeAsync(current, pushed.Image, pushed.EventId, now).ConfigureAwait(false);
    }

    private async Task DecideUpgradeAsync(ImageReference current, ImageReference pushed, string eventId, DateTimeOffset now)
    {
        var decision = UpgradeDecision.Decide(current, pushed, _state.Spec!.Upgrade.Policy);
        await PersistAsync(new NewVersionSeen(current.ToString(), pushed.ToString(), decision.Outcome.ToString(), decision.Reason, eventId, false, now)).ConfigureAwait(false);
        if (!decision.ShouldUpgrade || decision.Target is not { } target || _deps.Children.Upgrade is null)
        {
            return;
        }

        _upgradeResume = false;
        _upgradeState = "started";
        ServiceActorLog.UpgradeStarting(Log, _name, target.ToString());
        await PersistAsync(new UpgradeStarted(current.ToString(), target.ToString(), now)).ConfigureAwait(false);
        Self.Tell(ReconcileChildren.Instance);
    }

    private void OnUpgradeProgressed(UpgradeProgressed progressed)
    {
        if (_state.Upgrade is not null)
        {
            _upgradeState = progressed.State;
        }
    }

    private async Task OnUpgradeFinishedAsync(UpgradeFinished finished)
    {
        if (_state.Upgrade is not { } running)
        {
            return;
        }

        if (ChildRef(UpgradeKey) is { } child)
        {
            _stopping.Add(child); // it stops itself after reporting
            _children.Remove(UpgradeKey);
        }

        var now = Time.GetUtcNow();
        var target = finished.Target.ToString();
        IServiceEvent ended = finished.Outcome switch
        {
            Outcome.Completed => new UpgradeCompleted(target, finished.Took, now),
            Outcome.RolledBack => new UpgradeRolledBack(target, finished.Reason, finished.TaskErrors, now),
            Outcome.Paused => new UpgradeFailed(target, "Swarm paused the update: " + (finished.Reason ?? "no reason given"), finished.TaskErrors, now),
            _ => new UpgradeFailed(target, finished.Reason, finished.TaskErrors, now),
        };
        ServiceActorLog.UpgradeEnded(Log, _name, running.Target, finished.Outcome.ToString());
        _upgradeState = null;
        var queued = _state.QueuedPush;
        var queuedId = _state.QueuedEventId;
        await PersistAsync(ended).ConfigureAwait(false);
        if (finished.Outcome == Outcome.Completed)
        {
            _image = finished.Target;
            Context.System.EventStream.Publish(new ServiceImageKnown(_name, finished.Target));
        }

        if (Parse(queued) is { } next && _image is { } current)
        {
            await DecideUpgradeAsync(current, next, queuedId ?? "queued", now).ConfigureAwait(false);
        }
    }
}
