namespace Maiev.Runtime.Configuration;

/// <summary>
/// The base of every configuration error. Carries where the problem is in the source
/// (<see cref="Origin"/>, rendered <c>file:line:column</c>) and, when known, the configuration
/// <see cref="Path"/> involved. Messages never contain the values of secret keys.
/// </summary>
public class ConfigException : Exception
{
    /// <summary>Creates an error with an origin and a path (either may be null).</summary>
    public ConfigException(string message, ConfigOrigin? origin = null, string? path = null, Exception? inner = null)
        : base(Compose(message, origin, path), inner)
    {
        Origin = origin;
        Path = path;
        Reason = message;
    }

    /// <summary>Creates an error with only a message.</summary>
    public ConfigException() : this("configuration error") { }

    /// <summary>Creates an error with only a message.</summary>
    public ConfigException(string message) : this(message, null, null, null) { }

    /// <summary>Creates an error with a message and a cause.</summary>
    public ConfigException(string message, Exception inner) : this(message, null, null, inner) { }

    /// <summary>Where the offending text or value is (file:line:column), when known.</summary>
    public ConfigOrigin? Origin { get; }

    /// <summary>The configuration path involved (e.g. <c>maiev.http.port</c>), when known.</summary>
    public string? Path { get; }

    /// <summary>The message without the origin and path prefix.</summary>
    public string Reason { get; }

    private static string Compose(string message, ConfigOrigin? origin, string? path)
    {
        var where = origin is null ? "" : origin + ": ";
        var at = path is null ? "" : $" (at '{path}')";
        return where + message + at;
    }
}
