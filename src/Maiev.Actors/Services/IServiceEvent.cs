namespace Maiev.Actors.Services;

/// <summary>A persisted event of a ServiceActor; <see cref="At"/> is when it happened (the service's clock).</summary>
internal interface IServiceEvent
{
    /// <summary>When the event happened.</summary>
    DateTimeOffset At { get; }
}
