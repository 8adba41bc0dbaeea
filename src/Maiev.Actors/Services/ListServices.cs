namespace Maiev.Actors.Services;

/// <summary>Asks the <c>ServiceDirectoryActor</c> for the registered services; replies <see cref="ServiceList"/>.</summary>
internal sealed record ListServices;
