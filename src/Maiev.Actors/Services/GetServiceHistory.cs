namespace Maiev.Actors.Services;

/// <summary>
/// Asks for the persisted events of a service with sequence number greater than <paramref name="After"/>, at most
/// <paramref name="Limit"/> of them. Replies <see cref="ServiceHistoryPage"/>.
/// </summary>
internal sealed record GetServiceHistory(string ServiceName, long After, int Limit) : IServiceCommand;
