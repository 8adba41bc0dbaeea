namespace Maiev.Actors.Upgrades;

/// <summary>What the poller knows: per watched repository (canonical name), the tags recorded so far (null before its first poll).</summary>
/// <param name="Repositories">Canonical repository name → recorded tags, sorted; null when not polled yet.</param>
/// <param name="Polls">Completed polls since the actor started.</param>
internal sealed record RegistryPollerState(IReadOnlyDictionary<string, IReadOnlyList<string>?> Repositories, int Polls);
