using System.Text.Json;
using System.Globalization;
using Maiev.Actors.Specs;
using Maiev.Runtime.Actors;

namespace Maiev.Actors.Services;

/// <summary>The operator's commands: monitor, update spec, unmonitor, pause, resume, manual scale.</summary>
internal sealed partial class ServiceActor
{
    private async Task OnMonitorAsync(MonitorService command)
    {
        var sender = Sender;
        if (Invalid(command.Spec) is { } rejected)
        {
            sender.Tell(rejected);
            return;
        }

        if (_state.Monitored)
        {
            await ChangeSpecAsync(command.Spec, sender, created: false).ConfigureAwait(false);
            return;
        }

        await RunAsync(sender, new ServiceMonitored(_name, command.Spec, Time.GetUtcNow()), created: true).ConfigureAwait(false);
        _deps.Directory?.Tell(new ServiceRegistered(_name));
        Self.Tell(ReconcileChildren.Instance);
    }

    private async Task OnUpdateSpecAsync(UpdateServiceSpec command)
    {
        var sender = Sender;
        if (!_state.Monitored)
        {
            sender.Tell(NotFound());
            return;
        }

        if (Invalid(command.Spec) is { } rejected)
        {
            sender.Tell(rejected);
            return;
        }

        await ChangeSpecAsync(command.Spec, sender, created: false).ConfigureAwait(false);
    }

    private async Task ChangeSpecAsync(ServiceSpec spec, IActorRef sender, bool created)
    {
        if (SameSpec(spec, _state.Spec))
        {
            sender.Tell(new CommandAccepted(_name, created));
            return;
        }

        await RunAsync(sender, new SpecChanged(spec, Time.GetUtcNow()), created).ConfigureAwait(false);
        _specGeneration++;
        Self.Tell(ReconcileChildren.Instance);
    }

    private async Task OnUnmonitorAsync(UnmonitorService command)
    {
        var sender = Sender;
        if (!_state.Monitored)
        {
            sender.Tell(NotFound());
            return;
        }

        await RunAsync(sender, new ServiceUnmonitored(Time.GetUtcNow()), created: false).ConfigureAwait(false);
        _deps.Directory?.Tell(new ServiceDeregistered(_name));
        Self.Tell(ReconcileChildren.Instance);
    }

    private async Task OnPauseAsync(PauseScaling command)
    {
        var sender = Sender;
        if (!_state.Monitored)
        {
            sender.Tell(NotFound());
            return;
        }

        await RunAsync(sender, new ScalingPaused(command.Reason, Time.GetUtcNow()), created: false).ConfigureAwait(false);
    }

    private async Task OnResumeAsync(ResumeScaling command)
    {
        var sender = Sender;
        if (!_state.Monitored)
        {
            sender.Tell(NotFound());
            return;
        }

        await RunAsync(sender, new ScalingResumed(Time.GetUtcNow()), created: false).ConfigureAwait(false);
    }

    private async Task OnManualScaleAsync(ScaleService command)
    {
        var sender = Sender;
        if (!_state.Monitored)
        {
            sender.Tell(NotFound());
            return;
        }

        if (command.Replicas < 0 || command.HoldFor is { } hold && hold <= TimeSpan.Zero)
        {
            sender.Tell(new CommandRejected(_name, RejectionKind.Validation,
                command.Replicas < 0 ? $"replicas must be 0 or more, got {command.Replicas}" : $"hold must be positive, got {command.HoldFor}", []));
            return;
        }

        if (_state.Upgrade is not null)
        {
            sender.Tell(new CommandRejected(_name, RejectionKind.Conflict, $"an upgrade to {_state.Upgrade.Target} is in progress: scale after it ends", []));
            return;
        }

        var now = Time.GetUtcNow();
        var from = _observedReplicas ?? _state.Desired ?? 0;
        var until = command.HoldFor is { } holdFor ? now + holdFor : (DateTimeOffset?)null;
        var reason = until is null
            ? "manual scale, held until resume"
            : "manual scale, held until " + until.Value.ToString("O", CultureInfo.InvariantCulture);
        await RunAsync(sender, new ScaleDecided(from, command.Replicas, reason, "manual", LastMetrics(), [.. _state.Rules], true, until, now), created: false).ConfigureAwait(false);
        _memory = _memory with { Changes = _state.Changes };
        StartScale(command.Replicas);
    }

    /// <summary>Persists a command's event and answers the sender; a failed write answers Unavailable and rethrows.</summary>
    private async Task RunAsync(IActorRef sender, IServiceEvent @event, bool created)
    {
        try
        {
            await PersistAsync(@event).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            sender.Tell(new CommandRejected(_name, RejectionKind.Unavailable, $"the journal could not store the change: {e.Message}", []));
            throw;
        }

        sender.Tell(new CommandAccepted(_name, created));
    }

    // Records holding ImmutableArray compare those by reference: compare what would be stored instead.
    private bool SameSpec(ServiceSpec a, ServiceSpec? b) =>
        b is not null && JsonSerializer.Serialize(a, _deps.Events.Options) == JsonSerializer.Serialize(b, _deps.Events.Options);

    private CommandRejected? Invalid(ServiceSpec? spec)
    {
        if (spec is null)
        {
            return new(_name, RejectionKind.Validation, "a spec is required", [new SpecError("$", "a spec is required")]);
        }

        if (spec.Scale?.CompileRules() is { Succeeded: false } compilation)
        {
            var errors = compilation.Errors.Select(e => new SpecError("$.scale." + e.Source, e.Message, e.Position.Line, e.Position.Column)).ToList();
            return new(_name, RejectionKind.Validation, $"the spec's rules do not compile ({errors.Count} errors)", errors);
        }

        return null;
    }
}
