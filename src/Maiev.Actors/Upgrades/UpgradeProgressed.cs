namespace Maiev.Actors.Upgrades;

/// <summary>Told by the <c>UpgradeActor</c> to its parent when the rolling update's state changes.</summary>
internal sealed record UpgradeProgressed(string ServiceName, string State);
