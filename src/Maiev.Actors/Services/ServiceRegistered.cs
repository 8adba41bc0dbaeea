namespace Maiev.Actors.Services;

/// <summary>Directory event and message: a service became monitored (it restarts after a node restart).</summary>
internal sealed record ServiceRegistered(string ServiceName);
