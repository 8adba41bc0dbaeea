namespace Maiev.Runtime.Persistence.Serialization;

/// <summary>A value cannot be serialized: its type has no manifest registered, or System.Text.Json refused it.</summary>
public sealed class EventSerializationException : Exception
{
    /// <summary>Creates the error.</summary>
    public EventSerializationException(Type type, string message, Exception? inner = null)
        : base($"cannot serialize a {type?.Name}: {message}", inner)
    {
        EventType = type!;
    }

    /// <summary>The type that could not be serialized.</summary>
    public Type EventType { get; }
}
