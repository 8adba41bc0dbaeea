namespace Maiev.Actors.Specs;

/// <summary>
/// The most replicas may change in one direction within <see cref="Period"/>: by
/// <see cref="Replicas"/>, or by <see cref="Percent"/> of the replicas at the start of the period;
/// with both set the larger change is allowed; never less than one replica.
/// </summary>
/// <param name="Replicas">Absolute limit, or null.</param>
/// <param name="Percent">Relative limit in percent, or null.</param>
/// <param name="Period">The sliding period the limit applies to.</param>
internal sealed record StepLimitSpec(int? Replicas, double? Percent, TimeSpan Period)
{
    /// <summary>How many replicas may change from <paramref name="baseReplicas"/> within one period.</summary>
    public int Allowance(int baseReplicas)
    {
        var byReplicas = Replicas ?? 0;
        var byPercent = Percent is { } p ? (int)Math.Ceiling(baseReplicas * p / 100.0) : 0;
        return Math.Max(1, Math.Max(byReplicas, byPercent));
    }
}
