namespace Maiev.Runtime.Actors;

/// <summary>An actor's factory, constructor, PreStart or PostRestart threw. The default strategy stops it.</summary>
public sealed class ActorInitializationException : Exception
{
    /// <summary>Creates the exception for the actor at <paramref name="path"/>.</summary>
    public ActorInitializationException(ActorPath path, Exception innerException)
        : base($"Actor {path} could not be initialized: {innerException?.Message}", innerException)
    {
        Path = path;
    }

    /// <summary>Creates the exception with a message.</summary>
    public ActorInitializationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ActorInitializationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ActorInitializationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The actor that failed to start.</summary>
    public ActorPath? Path { get; }
}
