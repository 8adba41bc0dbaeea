namespace Maiev.Runtime.Actors;

/// <summary>The phases of <see cref="CoordinatedShutdown"/>, in the order they run.</summary>
public static class ShutdownPhase
{
    /// <summary>Stop taking new work: close HTTP ingress, stop consuming queues.</summary>
    public const string StopIntake = "stop-intake";

    /// <summary>Hand shards (and their entities) off so another node can take them.</summary>
    public const string HandOffShards = "hand-off-shards";

    /// <summary>Stop every user actor, children before parents; the runtime's own task runs here.</summary>
    public const string StopActors = "stop-actors";

    /// <summary>Flush and close journals and snapshot stores.</summary>
    public const string FlushPersistence = "flush-persistence";

    /// <summary>All phases, in order.</summary>
    public static IReadOnlyList<string> All { get; } = [StopIntake, HandOffShards, StopActors, FlushPersistence];
}
