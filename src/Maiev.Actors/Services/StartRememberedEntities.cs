using Maiev.Runtime.Actors;

namespace Maiev.Actors.Services;

/// <summary>Gives the directory the region to start the remembered services in.</summary>
internal sealed record StartRememberedEntities(IActorRef Region);
