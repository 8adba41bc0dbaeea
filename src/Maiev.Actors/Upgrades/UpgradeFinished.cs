using Maiev.Actors.Versions;

namespace Maiev.Actors.Upgrades;

/// <summary>Told by the <c>UpgradeActor</c> to its parent when the update ends; the actor then stops.</summary>
internal sealed record UpgradeFinished(
    string ServiceName,
    ImageReference Target,
    UpgradeOutcome Outcome,
    string? Reason,
    TimeSpan Took,
    IReadOnlyList<string> TaskErrors);
