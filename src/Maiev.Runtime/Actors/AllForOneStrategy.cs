namespace Maiev.Runtime.Actors;

/// <summary>
/// Applies Restart and Stop to every child when one fails (Resume only to the failed one);
/// for siblings that only make sense together.
/// </summary>
public sealed class AllForOneStrategy : SupervisorStrategy
{
    /// <summary>Creates the strategy with a restart budget; see <see cref="SupervisorStrategy"/>.</summary>
    public AllForOneStrategy(int maxNrOfRetries, TimeSpan withinTimeRange, Func<Exception, Directive> decider)
        : base(maxNrOfRetries, withinTimeRange, decider)
    {
    }

    /// <summary>Creates the strategy with an unlimited restart budget.</summary>
    public AllForOneStrategy(Func<Exception, Directive> decider)
        : base(-1, TimeSpan.Zero, decider)
    {
    }

    /// <inheritdoc/>
    public override bool AppliesToAllChildren => true;
}
