namespace Maiev.Actors.Specs;

/// <summary>How replicas are decided.</summary>
internal enum ScaleMode
{
    /// <summary>maiev's mode: <c>scale_up</c> adds one replica, <c>scale_down</c> removes one; up wins.</summary>
    Step,

    /// <summary>Maiev's target tracking: replicas computed from the backlog and the per-replica drain rate.</summary>
    Target,
}
