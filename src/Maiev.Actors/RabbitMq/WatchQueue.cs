using Maiev.Runtime.Actors;

namespace Maiev.Actors.RabbitMq;

/// <summary>Subscribes <paramref name="Subscriber"/> to the samples of <paramref name="Queue"/> (a <see cref="QueueSample"/> per poll).</summary>
internal sealed record WatchQueue(QueueRef Queue, IActorRef Subscriber);
