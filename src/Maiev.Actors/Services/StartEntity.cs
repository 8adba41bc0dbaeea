namespace Maiev.Actors.Services;

/// <summary>Tells the service region to start a service's actor without a command (remembered entities).</summary>
internal sealed record StartEntity(string ServiceName);
