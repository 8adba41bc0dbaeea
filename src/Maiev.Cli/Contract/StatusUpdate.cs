namespace Maiev.Cli.Contract;

/// <summary>The <c>data</c> of a <c>status</c> event on <c>/stream</c>: live numbers, not history.</summary>
internal sealed record StatusUpdate(
    string Service,
    DateTimeOffset At,
    ReplicaCounts Replicas,
    bool Paused,
    ProbeInfo Probe,
    double? Waiting = null,
    double? Latency = null);
