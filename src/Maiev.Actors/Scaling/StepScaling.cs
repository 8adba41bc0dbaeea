namespace Maiev.Actors.Scaling;

/// <summary>maiev's load manager arithmetic.</summary>
internal static class StepScaling
{
    /// <summary>
    /// maiev's <c>_get_best_scale</c>: <c>current + delta</c> clamped to [min, max], where an
    /// absent bound is the current count (so a spec without min/max never moves). A service that
    /// is not replicated (null <paramref name="current"/>) has no best scale.
    /// </summary>
    public static (int? Current, int? Best) Best(int? current, int delta, int? min, int? max)
    {
        if (current is not { } c)
        {
            return (null, null);
        }

        var lo = min ?? c;
        var hi = max ?? c;
        return (c, Math.Max(Math.Min(c + delta, hi), Math.Min(lo, hi)));
    }
}
