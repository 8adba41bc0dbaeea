namespace Maiev.Runtime.Configuration;

/// <summary>A value exists but has a different type than the getter expects; the message says what was expected and what was found.</summary>
public sealed class ConfigWrongTypeException : ConfigException
{
    /// <summary>Creates the error with an origin and a path (either may be null).</summary>
    public ConfigWrongTypeException(string message, ConfigOrigin? origin = null, string? path = null, Exception? inner = null)
        : base(message, origin, path, inner)
    {
    }

    /// <summary>Creates the error with a default message.</summary>
    public ConfigWrongTypeException() : this("configuration error") { }

    /// <summary>Creates the error with a message.</summary>
    public ConfigWrongTypeException(string message) : this(message, null, null, null) { }

    /// <summary>Creates the error with a message and a cause.</summary>
    public ConfigWrongTypeException(string message, Exception inner) : this(message, null, null, inner) { }
}
