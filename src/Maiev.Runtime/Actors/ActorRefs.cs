namespace Maiev.Runtime.Actors;

/// <summary>Well-known references.</summary>
public static class ActorRefs
{
    /// <summary>The sender to pass when there is none; a reply to it goes to dead letters.</summary>
    public static IActorRef? NoSender => null;
}
