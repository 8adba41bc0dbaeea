namespace Maiev.Actors.Services;

/// <summary>Asks for the live <see cref="ServiceStatus"/>; a service never monitored answers <see cref="CommandRejected"/> (NotFound).</summary>
internal sealed record GetServiceStatus(string ServiceName) : IServiceCommand;
