namespace Maiev.Runtime.Configuration;

/// <summary>A substitution cannot be resolved: it is undefined, forms a cycle (the message names the cycle), or the config was read before Resolve().</summary>
public sealed class ConfigResolveException : ConfigException
{
    /// <summary>Creates the error with an origin and a path (either may be null).</summary>
    public ConfigResolveException(string message, ConfigOrigin? origin = null, string? path = null, Exception? inner = null)
        : base(message, origin, path, inner)
    {
    }

    /// <summary>Creates the error with a default message.</summary>
    public ConfigResolveException() : this("configuration error") { }

    /// <summary>Creates the error with a message.</summary>
    public ConfigResolveException(string message) : this(message, null, null, null) { }

    /// <summary>Creates the error with a message and a cause.</summary>
    public ConfigResolveException(string message, Exception inner) : this(message, null, null, inner) { }

    /// <summary>True when the substitution is part of a cycle (an optional substitution treats that as missing).</summary>
    public bool IsCycle { get; init; }
}
