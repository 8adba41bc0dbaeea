namespace Maiev.Actors.Upgrades;

/// <summary>Which notification format a <see cref="RegistryEvent"/> was read from.</summary>
internal enum RegistryEventSource
{
    /// <summary>A Docker Distribution (registry 2.x) notification envelope: <c>{"events":[…]}</c>.</summary>
    Distribution,

    /// <summary>A Docker Hub repository webhook (<c>push_data</c> + <c>repository</c>); it names no digest or media type.</summary>
    DockerHub,
}
