namespace Maiev.Actors.Services;

/// <summary>A message for one service: the shard region routes it by <see cref="ServiceName"/> to the service's actor.</summary>
internal interface IServiceCommand
{
    /// <summary>The service (Swarm service name) the message is for; the entity id.</summary>
    string ServiceName { get; }
}
