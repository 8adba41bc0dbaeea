namespace Maiev.Runtime.Actors;

/// <summary>What an actor may do with its surroundings. Use it only from the actor's own handlers.</summary>
public interface IActorContext
{
    /// <summary>The actor itself.</summary>
    IActorRef Self { get; }

    /// <summary>The sender of the message being processed (dead letters when there is none).</summary>
    IActorRef Sender { get; }

    /// <summary>The actor's supervisor.</summary>
    IActorRef Parent { get; }

    /// <summary>A snapshot of the live children.</summary>
    IReadOnlyCollection<IActorRef> Children { get; }

    /// <summary>The system the actor belongs to.</summary>
    ActorSystem System { get; }

    /// <summary>The actor's keyed timers; all are cancelled on stop and restart.</summary>
    ITimerScheduler Timers { get; }

    /// <summary>The child named <paramref name="name"/>, or <see langword="null"/>.</summary>
    IActorRef? Child(string name);

    /// <summary>Creates a child. Names are unique among siblings.</summary>
    /// <exception cref="InvalidActorNameException">The name is malformed or taken.</exception>
    IActorRef ActorOf(Props props, string? name = null);

    /// <summary>Stops <paramref name="actor"/> (a child or the actor itself) after its current message.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "The Akka.NET name users know.")]
    void Stop(IActorRef actor);

    /// <summary>Delivers <see cref="Terminated"/> when <paramref name="actor"/> stops, even if it already has.</summary>
    IActorRef Watch(IActorRef actor);

    /// <summary>Stops watching <paramref name="actor"/>; a pending <see cref="Terminated"/> is dropped.</summary>
    void Unwatch(IActorRef actor);
}
