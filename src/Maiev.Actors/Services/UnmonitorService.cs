namespace Maiev.Actors.Services;

/// <summary>Stops monitoring a service (its history stays). Replies <see cref="CommandAccepted"/> or <see cref="CommandRejected"/> (NotFound).</summary>
internal sealed record UnmonitorService(string ServiceName) : IServiceCommand;
