namespace Maiev.Actors.Specs;

/// <summary>
/// What a monitored service wants: maiev's <c>scale.json</c> (<c>min</c>, <c>max</c>,
/// <c>dependencies</c>, <c>scale</c>) plus Maiev's <c>paused</c> and <c>upgrade</c>.
/// Read and validated by <see cref="ServiceSpecReader.Read(string)"/>; a value of this type is valid.
/// </summary>
/// <param name="Min">The fewest replicas, or null (maiev: no lower bound beyond the current count).</param>
/// <param name="Max">The most replicas, or null (maiev: no upper bound beyond the current count).</param>
/// <param name="Dependencies">maiev's dependencies.</param>
/// <param name="Scale">The scaling configuration, or null when the service is not autoscaled.</param>
/// <param name="Paused">When true, no scaling decision changes replicas.</param>
/// <param name="Upgrade">The upgrade policy.</param>
internal sealed record ServiceSpec(
    int? Min,
    int? Max,
    DependencySpec Dependencies,
    ScaleSpec? Scale,
    bool Paused,
    UpgradeSpec Upgrade);
