namespace Maiev.Actors.Services;

/// <summary>Directory event and message: a service is no longer monitored.</summary>
internal sealed record ServiceDeregistered(string ServiceName);
