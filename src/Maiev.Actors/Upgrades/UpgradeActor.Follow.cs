using Maiev.Actors.Docker;

namespace Maiev.Actors.Upgrades;

/// <summary>Following Swarm's rolling update until it ends, one way or the other.</summary>
internal sealed partial class UpgradeActor
{
    /// <summary>After this many reads without an <c>UpdateStatus</c> of ours, a service already on the target counts as done.</summary>
    private const int QuietReadsBeforeSettled = 5;

    private SwarmUpdateStatus? _baseline;
    private string? _lastState;
    private string? _rollbackMessage;
    private int _followFailures;
    private int _quietReads;

    private async Task FollowAsync()
    {
        if (_finished)
        {
            return;
        }

        SwarmService? service;
        IReadOnlyList<SwarmTask> tasks;
        try
        {
            service = await _docker.InspectServiceAsync(_service, _stopping.Token);
            tasks = service is null ? [] : await _docker.ListTasksAsync(service.Id, _stopping.Token);
        }
        catch (Exception e) when (e is DockerApiException or HttpRequestException
                                   || (e is OperationCanceledException && !_stopping.IsCancellationRequested))
        {
            _followFailures++;
            UpgradeLog.FollowFailed(Log, _service, _followFailures, e.Message);
            return;
        }

        _followFailures = 0;
        if (service is null)
        {
            Finish(UpgradeOutcome.Failed, $"Swarm service '{_service}' no longer exists");
            return;
        }

        Observe(service, tasks);
    }

    private void Observe(SwarmService service, IReadOnlyList<SwarmTask> tasks)
    {
        var status = Ours(service.UpdateStatus);
        var target = _target.ToString();
        if (status is null)
        {
            // Swarm has not started rolling yet (a spec update resets UpdateStatus) — or there was nothing to roll.
            var running = tasks.Where(t => t.IsRunning).ToList();
            if (service.Image == target && running.Count >= (service.Replicas ?? 1) && running.All(t => t.Image == target)
                && ++_quietReads >= QuietReadsBeforeSettled)
            {
                Finish(UpgradeOutcome.Completed, "every task already ran the target; Swarm had nothing to roll");
            }

            return;
        }

        if (status.State != _lastState)
        {
            Progress(status.State);
        }

        if (status.IsRollback && _rollbackMessage is null && !string.IsNullOrEmpty(status.Message))
        {
            _rollbackMessage = status.Message;
        }

        var errors = TaskErrors(tasks, target);
        switch (status.State)
        {
            case "completed" when service.Image == target:
                Finish(UpgradeOutcome.Completed, null, errors);
                break;
            case "completed":
                Finish(UpgradeOutcome.Failed, $"the update completed but the service now runs '{service.Image}' (changed by someone else)", errors);
                break;
            case "rollback_completed":
                Finish(UpgradeOutcome.RolledBack, errors.FirstOrDefault() ?? _rollbackMessage ?? status.Message ?? "Swarm rolled the update back", errors);
                break;
            case "paused" or "rollback_paused":
                Finish(UpgradeOutcome.Paused, status.Message ?? errors.FirstOrDefault() ?? $"Swarm {status.State.Replace('_', ' ')} the update", errors);
                break;
        }
    }

    /// <summary>The status of the update this actor issued (or, resuming, whatever update is there).</summary>
    private SwarmUpdateStatus? Ours(SwarmUpdateStatus? status)
    {
        if (status is null || _resume)
        {
            return status;
        }

        return _baseline is null || status.StartedAt != _baseline.StartedAt ? status : null;
    }

    /// <summary>Distinct errors of the tasks that ran the target, the most useful first (failed before shut down).</summary>
    private static List<string> TaskErrors(IReadOnlyList<SwarmTask> tasks, string target) =>
        [.. tasks.Where(t => t.Image == target && !string.IsNullOrWhiteSpace(t.Error))
            .OrderBy(t => t.State is "failed" or "rejected" ? 0 : 1)
            .Select(t => t.Error!)
            .Distinct(StringComparer.Ordinal)
            .Take(10)];
}
