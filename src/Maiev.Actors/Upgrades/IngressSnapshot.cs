namespace Maiev.Actors.Upgrades;

/// <summary>The ingress state in a snapshot: the remembered event ids (oldest first) and service → image.</summary>
internal sealed record IngressSnapshot(IReadOnlyList<string> EventIds, IReadOnlyDictionary<string, string> Watches);
