namespace Maiev.Runtime.Actors;

/// <summary>
/// Supervision as data: a decider maps a child's exception to a <see cref="Directive"/>, and a
/// restart budget (<see cref="MaxNrOfRetries"/> within <see cref="WithinTimeRange"/>) turns a
/// restart into a stop once the child has restarted too often.
/// </summary>
public abstract class SupervisorStrategy
{
    private readonly Func<Exception, Directive> _decider;

    /// <summary>Creates a strategy.</summary>
    /// <param name="maxNrOfRetries">Restarts allowed within the window; -1 = unlimited, 0 = never restart (stop instead).</param>
    /// <param name="withinTimeRange">The window; <see cref="TimeSpan.Zero"/> counts restarts forever.</param>
    /// <param name="decider">Maps an exception to a directive.</param>
    protected SupervisorStrategy(int maxNrOfRetries, TimeSpan withinTimeRange, Func<Exception, Directive> decider)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNrOfRetries, -1);
        ArgumentOutOfRangeException.ThrowIfLessThan(withinTimeRange, TimeSpan.Zero);
        MaxNrOfRetries = maxNrOfRetries;
        WithinTimeRange = withinTimeRange;
        _decider = decider;
    }

    /// <summary>Restarts allowed within <see cref="WithinTimeRange"/>; -1 = unlimited.</summary>
    public int MaxNrOfRetries { get; }

    /// <summary>The window the restart budget counts in; zero = forever.</summary>
    public TimeSpan WithinTimeRange { get; }

    /// <summary>Whether a directive applies to every child (all-for-one) or only the failed one.</summary>
    public abstract bool AppliesToAllChildren { get; }

    /// <summary>
    /// The default: 10 restarts within a minute, then stop. An actor that cannot be created
    /// (<see cref="ActorInitializationException"/>) or that did not handle a watched actor's
    /// <see cref="Terminated"/> (<see cref="DeathPactException"/>) is stopped; everything else restarts.
    /// </summary>
    public static SupervisorStrategy Default { get; } = new OneForOneStrategy(10, TimeSpan.FromMinutes(1), DefaultDecider);

    /// <summary>The default decider described on <see cref="Default"/>.</summary>
    public static Directive DefaultDecider(Exception cause) => cause switch
    {
        ActorInitializationException => Directive.Stop,
        DeathPactException => Directive.Stop,
        _ => Directive.Restart,
    };

    /// <summary>Decides what to do about <paramref name="cause"/>.</summary>
    public Directive Decide(Exception cause) => _decider(cause);

    /// <summary>Counts a restart of <paramref name="child"/> and says whether the budget allows it.</summary>
    internal bool RequestRestartPermission(ActorCell child, DateTimeOffset now)
    {
        if (MaxNrOfRetries < 0)
        {
            return true;
        }

        if (MaxNrOfRetries == 0)
        {
            return false;
        }

        if (WithinTimeRange > TimeSpan.Zero && (child.RestartWindowStart is not { } start || now - start > WithinTimeRange))
        {
            child.RestartWindowStart = now;
            child.RestartsInWindow = 1;
            return true;
        }

        child.RestartsInWindow++;
        return child.RestartsInWindow <= MaxNrOfRetries;
    }
}
