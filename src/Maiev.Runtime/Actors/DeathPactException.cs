namespace Maiev.Runtime.Actors;

/// <summary>An actor watched another and did not handle its <see cref="Terminated"/>.</summary>
public sealed class DeathPactException : Exception
{
    /// <summary>Creates the exception for the dead actor at <paramref name="deadActor"/>.</summary>
    public DeathPactException(ActorPath deadActor)
        : base($"Watched actor {deadActor} stopped and the watcher did not handle Terminated.")
    {
        DeadActor = deadActor;
    }

    /// <summary>Creates the exception.</summary>
    public DeathPactException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DeathPactException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public DeathPactException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The watched actor that stopped.</summary>
    public ActorPath? DeadActor { get; }
}
