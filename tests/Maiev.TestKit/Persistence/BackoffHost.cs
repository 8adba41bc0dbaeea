using Maiev.Runtime.Actors;

namespace Maiev.TestKit.Persistence;

/// <summary>
/// Runs an entity under a <see cref="BackoffSupervisor"/> (as a node runs a persistent actor), tells a probe about its
/// failures and restarts, and forwards every other message to it.
/// </summary>
public sealed class BackoffHost : ReceiveActor
{
    /// <summary>Creates the host; <paramref name="entity"/> restarts after 1 s, 2 s, 4 s… (no jitter).</summary>
    public BackoffHost(Props entity, IActorRef probe)
    {
        var supervisor = Context.ActorOf(
            BackoffSupervisor.Props(new BackoffOptions(entity, "entity", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), 0)),
            "backoff");
        Receive<BackoffChildFailed>(f => probe.Tell(f));
        Receive<BackoffChildRestarted>(r => probe.Tell(r));
        ReceiveAny(m => supervisor.Tell(m, Sender));
    }

    /// <summary>Props for a host of <paramref name="entity"/>.</summary>
    public static Props Props(Props entity, IActorRef probe) => Runtime.Actors.Props.Create(() => new BackoffHost(entity, probe));
}
