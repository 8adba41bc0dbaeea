namespace Maiev.Actors.Upgrades;

/// <summary>Persisted by the ingress: <paramref name="ServiceName"/> now runs <paramref name="Image"/> (null: no longer watched).</summary>
internal sealed record IngressWatchChanged(string ServiceName, string? Image);
