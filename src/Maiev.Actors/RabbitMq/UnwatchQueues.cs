using Maiev.Runtime.Actors;

namespace Maiev.Actors.RabbitMq;

/// <summary>Removes every subscription of <paramref name="Subscriber"/> (also done when it terminates).</summary>
internal sealed record UnwatchQueues(IActorRef Subscriber);
