namespace Maiev.Runtime.Configuration;

/// <summary>The text is not valid HOCON, or an include could not be read. Origin points at the offending character.</summary>
public sealed class ConfigParseException : ConfigException
{
    /// <summary>Creates the error with an origin and a path (either may be null).</summary>
    public ConfigParseException(string message, ConfigOrigin? origin = null, string? path = null, Exception? inner = null)
        : base(message, origin, path, inner)
    {
    }

    /// <summary>Creates the error with a default message.</summary>
    public ConfigParseException() : this("configuration error") { }

    /// <summary>Creates the error with a message.</summary>
    public ConfigParseException(string message) : this(message, null, null, null) { }

    /// <summary>Creates the error with a message and a cause.</summary>
    public ConfigParseException(string message, Exception inner) : this(message, null, null, inner) { }
}
