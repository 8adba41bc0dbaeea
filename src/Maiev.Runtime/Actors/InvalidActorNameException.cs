namespace Maiev.Runtime.Actors;

/// <summary>An actor name is malformed or already taken by a sibling.</summary>
public sealed class InvalidActorNameException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidActorNameException()
    {
    }

    /// <summary>Creates the exception with a message naming the actor and the problem.</summary>
    public InvalidActorNameException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public InvalidActorNameException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
