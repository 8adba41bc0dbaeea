namespace Maiev.Actors.Upgrades;

/// <summary>Ask of the <see cref="RegistryPollerActor"/>: answered with <see cref="RegistryPollerState"/> after any poll in progress.</summary>
internal sealed record GetRegistryPollerState
{
    /// <summary>The message.</summary>
    public static GetRegistryPollerState Instance { get; } = new();
}
