namespace Maiev.Actors.Services;

/// <summary>Published on the actor system's EventStream after each persisted event of a service (the live feed).</summary>
internal sealed record ServiceEventPublished(string ServiceName, ServiceHistoryEntry Entry);
