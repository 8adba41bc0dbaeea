namespace Maiev.Runtime.Actors;

/// <summary>
/// How a <see cref="BackoffSupervisor"/> restarts its child: after failure n (counting from 0) it waits
/// <c>min(MaxBackoff, MinBackoff × 2ⁿ) × (1 + random × RandomFactor)</c>; once the child has run for
/// <see cref="ResetAfter"/> without failing, n goes back to 0.
/// </summary>
/// <param name="ChildProps">The child to run.</param>
/// <param name="ChildName">The child's name under the supervisor.</param>
/// <param name="MinBackoff">The first delay; must be positive.</param>
/// <param name="MaxBackoff">The largest delay; at least <paramref name="MinBackoff"/>.</param>
/// <param name="RandomFactor">Jitter in [0, 1]: 0.2 adds up to 20 % to each delay.</param>
public sealed record BackoffOptions(Props ChildProps, string ChildName, TimeSpan MinBackoff, TimeSpan MaxBackoff, double RandomFactor)
{
    /// <summary>Run time without failure after which the backoff starts over. Default: 1 minute.</summary>
    public TimeSpan ResetAfter { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Throws when a setting is out of range, naming it.</summary>
    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(ChildProps, nameof(ChildProps));
        ArgumentException.ThrowIfNullOrEmpty(ChildName, nameof(ChildName));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MinBackoff, TimeSpan.Zero, nameof(MinBackoff));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBackoff, MinBackoff, nameof(MaxBackoff));
        if (RandomFactor is < 0 or > 1 || double.IsNaN(RandomFactor))
        {
            throw new ArgumentOutOfRangeException(nameof(RandomFactor), RandomFactor, "RandomFactor must be within [0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ResetAfter, TimeSpan.Zero, nameof(ResetAfter));
    }

    /// <summary>The delay before restart number <paramref name="attempt"/> (0-based), given a random sample in [0, 1).</summary>
    public TimeSpan DelayFor(int attempt, double sample)
    {
        var factor = Math.Pow(2, Math.Min(attempt, 30));
        var baseTicks = Math.Min(MaxBackoff.Ticks, MinBackoff.Ticks * factor);
        var ticks = Math.Min(baseTicks * (1 + (sample * RandomFactor)), TimeSpan.MaxValue.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
