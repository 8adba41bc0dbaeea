namespace Maiev.Runtime.Actors;

/// <summary>
/// Runs one child and, when it fails, stops it and starts it again after an exponential backoff
/// (see <see cref="BackoffOptions"/>), telling its own parent <see cref="BackoffChildFailed"/> and
/// <see cref="BackoffChildRestarted"/> so the parent can record faults. Messages sent to the
/// supervisor are forwarded to the child with their sender; while the child is down they go to dead
/// letters. If the child stops without failing, the supervisor stops too.
/// </summary>
public sealed class BackoffSupervisor : ReceiveActor
{
    private static readonly object RestartKey = new();
    private static readonly object ResetKey = new();
    private readonly BackoffOptions _options;
    private readonly Func<double> _random;
    private IActorRef? _child;
    private Exception? _lastCause;
    private int _attempt;

    private BackoffSupervisor(BackoffOptions options, Func<double> random)
    {
        _options = options;
        _random = random;
        Receive<Terminated>(OnChildTerminated);
        Receive<RestartTick>(_ => StartChildAgain());
        Receive<ResetBackoff>(_ => _attempt = 0);
        ReceiveAny(message => (_child ?? Context.System.DeadLetters).Tell(message, Sender));
    }

    /// <summary>Props for a backoff supervisor; <paramref name="random"/> (default <see cref="Random.Shared"/>) samples the jitter.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public static Props Props(BackoffOptions options, Func<double>? random = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        random ??= static () => Random.Shared.NextDouble();
        return Actors.Props.Create(() => new BackoffSupervisor(options, random));
    }

    /// <inheritdoc/>
    protected internal override void PreStart() => StartChild();

    /// <inheritdoc/>
    protected internal override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(cause =>
    {
        _lastCause = cause;
        return Directive.Stop;
    });

    private void StartChild()
    {
        _child = Context.Watch(Context.ActorOf(_options.ChildProps, _options.ChildName));
        Timers.StartSingleTimer(ResetKey, new ResetBackoff(), _options.ResetAfter);
    }

    private void StartChildAgain()
    {
        StartChild();
        Context.Parent.Tell(new BackoffChildRestarted(Self, _options.ChildName, _attempt), Self);
    }

    private void OnChildTerminated(Terminated terminated)
    {
        if (!terminated.ActorRef.Equals(_child))
        {
            return;
        }

        _child = null;
        Timers.Cancel(ResetKey);
        if (_lastCause is not { } cause)
        {
            Context.Stop(Self);
            return;
        }

        _lastCause = null;
        var delay = _options.DelayFor(_attempt, _random());
        _attempt++;
        Timers.StartSingleTimer(RestartKey, new RestartTick(), delay); // armed before the parent hears of it
        Context.Parent.Tell(new BackoffChildFailed(Self, _options.ChildName, cause, _attempt, delay), Self);
    }

    private sealed record RestartTick;

    private sealed record ResetBackoff;
}
