namespace Maiev.Runtime.Configuration;

/// <summary>A required path is absent (or null). Path names the full path that was asked for.</summary>
public sealed class ConfigMissingException : ConfigException
{
    /// <summary>Creates the error with an origin and a path (either may be null).</summary>
    public ConfigMissingException(string message, ConfigOrigin? origin = null, string? path = null, Exception? inner = null)
        : base(message, origin, path, inner)
    {
    }

    /// <summary>Creates the error with a default message.</summary>
    public ConfigMissingException() : this("configuration error") { }

    /// <summary>Creates the error with a message.</summary>
    public ConfigMissingException(string message) : this(message, null, null, null) { }

    /// <summary>Creates the error with a message and a cause.</summary>
    public ConfigMissingException(string message, Exception inner) : this(message, null, null, inner) { }
}
