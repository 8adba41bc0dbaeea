namespace Maiev.Actors.Scaling;

/// <summary>What a scaling decision does.</summary>
internal enum ScaleAction
{
    /// <summary>Nothing to change: the replicas are what the policy wants.</summary>
    Keep,

    /// <summary>Increase replicas to <see cref="ScaleDecision.To"/>.</summary>
    ScaleUp,

    /// <summary>Decrease replicas to <see cref="ScaleDecision.To"/>.</summary>
    ScaleDown,

    /// <summary>A change is wanted or cannot be judged, and something holds it (paused, unknown metrics, cooldown, stabilization, step limit).</summary>
    Hold,
}
