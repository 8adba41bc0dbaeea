namespace Maiev.Runtime.Actors;

/// <summary>A reference the runtime can also send system messages (watch, stop, failure) to.</summary>
internal interface IInternalActorRef : IActorRef
{
    /// <summary>The system the actor belongs to, when it is a local actor.</summary>
    ActorSystem? System { get; }

    /// <summary>Delivers a system message; never throws.</summary>
    void SendSystemMessage(SystemMessage message);
}
