using Maiev.Actors.Versions;

namespace Maiev.Actors.Specs;

/// <summary>The upgrade policy of a service (JSON <c>upgrade: {policy, prereleases}</c>).</summary>
/// <param name="Policy">Which pushed versions are followed; default none.</param>
internal sealed record UpgradeSpec(VersionPolicy Policy)
{
    /// <summary>No automatic upgrades.</summary>
    public static UpgradeSpec Disabled { get; } = new(VersionPolicy.Disabled);
}
