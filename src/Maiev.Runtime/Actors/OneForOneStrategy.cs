namespace Maiev.Runtime.Actors;

/// <summary>Applies a directive only to the child that failed.</summary>
public sealed class OneForOneStrategy : SupervisorStrategy
{
    /// <summary>Creates the strategy with a restart budget; see <see cref="SupervisorStrategy"/>.</summary>
    public OneForOneStrategy(int maxNrOfRetries, TimeSpan withinTimeRange, Func<Exception, Directive> decider)
        : base(maxNrOfRetries, withinTimeRange, decider)
    {
    }

    /// <summary>Creates the strategy with an unlimited restart budget.</summary>
    public OneForOneStrategy(Func<Exception, Directive> decider)
        : base(-1, TimeSpan.Zero, decider)
    {
    }

    /// <inheritdoc/>
    public override bool AppliesToAllChildren => false;
}
