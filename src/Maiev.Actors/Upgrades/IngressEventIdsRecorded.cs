namespace Maiev.Actors.Upgrades;

/// <summary>Persisted by the ingress: these push event ids were routed (remembered for de-duplication).</summary>
internal sealed record IngressEventIdsRecorded(IReadOnlyList<string> EventIds);
