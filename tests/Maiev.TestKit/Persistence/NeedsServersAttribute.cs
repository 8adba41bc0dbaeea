using Maiev.TestKit.Servers;

namespace Maiev.TestKit.Persistence;

/// <summary>Marks a concrete spec class (e.g. the PostgreSQL journal's) as needing real servers.</summary>
/// <param name="servers">The servers its <see cref="SpecFactAttribute"/> facts need.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class NeedsServersAttribute(Server servers) : Attribute
{
    /// <summary>The servers needed.</summary>
    public Server Servers { get; } = servers;
}
