namespace Maiev.Node.Tests.Servers;

/// <summary>Tests that listen on the registry's notification URL run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RegistryNotificationsCollection
{
    /// <summary>The collection name.</summary>
    public const string Name = "registry-notifications";
}
