using Maiev.Runtime.Actors;

namespace Maiev.Actors.RabbitMq;

/// <summary>Stops sending <paramref name="Subscriber"/> samples of <paramref name="Queue"/>.</summary>
/// <param name="Subscriber">The subscriber.</param>
/// <param name="Queue">The queue.</param>
internal sealed record UnwatchQueue(IActorRef Subscriber, QueueRef Queue);
