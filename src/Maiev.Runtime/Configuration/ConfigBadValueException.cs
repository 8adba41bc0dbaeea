namespace Maiev.Runtime.Configuration;

/// <summary>A value has the right type but cannot be converted (a bad duration, size or number).</summary>
public sealed class ConfigBadValueException : ConfigException
{
    /// <summary>Creates the error with an origin and a path (either may be null).</summary>
    public ConfigBadValueException(string message, ConfigOrigin? origin = null, string? path = null, Exception? inner = null)
        : base(message, origin, path, inner)
    {
    }

    /// <summary>Creates the error with a default message.</summary>
    public ConfigBadValueException() : this("configuration error") { }

    /// <summary>Creates the error with a message.</summary>
    public ConfigBadValueException(string message) : this(message, null, null, null) { }

    /// <summary>Creates the error with a message and a cause.</summary>
    public ConfigBadValueException(string message, Exception inner) : this(message, null, null, inner) { }
}
