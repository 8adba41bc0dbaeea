namespace Maiev.Actors.Specs;

/// <summary>What target tracking holds.</summary>
internal enum TargetKind
{
    /// <summary>The backlog drains in at most this many seconds (<c>drain_seconds</c>).</summary>
    DrainSeconds,

    /// <summary>At most this many ready messages per replica (<c>waiting_per_replica</c>).</summary>
    WaitingPerReplica,
}
