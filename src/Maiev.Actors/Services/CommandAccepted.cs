namespace Maiev.Actors.Services;

/// <summary>A command was applied and its event persisted. <paramref name="Created"/> is true when a monitor created the service.</summary>
internal sealed record CommandAccepted(string ServiceName, bool Created);
