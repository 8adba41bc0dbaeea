using Maiev.Runtime.Actors;

namespace Maiev.Actors.RabbitMq;

/// <summary>
/// Asks <c>/rabbitmq-stats</c> to send <paramref name="Subscriber"/> a <see cref="QueueSample"/> of
/// <paramref name="Queue"/> after every poll (and the last one at once, when there is one).
/// A subscriber that stops is forgotten.
/// </summary>
/// <param name="Subscriber">Who receives the samples (a queue probe).</param>
/// <param name="Queue">The queue to watch.</param>
internal sealed record WatchQueue(IActorRef Subscriber, QueueRef Queue);
