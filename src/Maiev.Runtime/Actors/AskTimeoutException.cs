namespace Maiev.Runtime.Actors;

/// <summary>An <c>Ask</c> got no reply within its timeout.</summary>
public sealed class AskTimeoutException : TimeoutException
{
    /// <summary>Creates the exception naming the target, the message type and the timeout.</summary>
    public AskTimeoutException(ActorPath target, Type messageType, TimeSpan timeout)
        : base($"Ask of {messageType?.Name} to {target} timed out after {timeout}: no reply arrived.")
    {
        Target = target;
        MessageType = messageType;
    }

    /// <summary>Creates the exception.</summary>
    public AskTimeoutException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AskTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public AskTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The actor that was asked.</summary>
    public ActorPath? Target { get; }

    /// <summary>The type of the message that was asked.</summary>
    public Type? MessageType { get; }
}
