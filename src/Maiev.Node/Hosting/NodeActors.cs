using Maiev.Runtime.Actors;

namespace Maiev.Node.Hosting;

/// <summary>
/// The actors the HTTP layer talks to: the service region (<see cref="Services"/>, every <c>IServiceCommand</c>), the
/// directory (<c>ListServices</c>) and the webhook ingress (null until the ingress actor exists). <see cref="Stop"/>
/// stops them.
/// </summary>
internal sealed record NodeActors(IActorRef Services, IActorRef Directory, IActorRef? Ingress, Func<ValueTask> Stop);
