namespace Maiev.Runtime.Actors;

/// <summary>A user message that stops the actor once the messages before it are processed.</summary>
public sealed class PoisonPill
{
    private PoisonPill()
    {
    }

    /// <summary>The one instance.</summary>
    public static PoisonPill Instance { get; } = new();
}
