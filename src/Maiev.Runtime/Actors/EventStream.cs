namespace Maiev.Runtime.Actors;

/// <summary>
/// Publish/subscribe by type within one system. A subscriber receives every published message that
/// is an instance of a type it subscribed to (once, even if several of its types match). Stopped
/// actors are unsubscribed automatically. Thread-safe.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "The Akka.NET name users know; it is not a System.IO.Stream.")]
public sealed class EventStream
{
    private readonly Lock _lock = new();
    private Subscription[] _subscriptions = [];

    /// <summary>Subscribes <paramref name="subscriber"/> to messages assignable to <paramref name="messageType"/>.</summary>
    /// <returns><see langword="false"/> if it was already subscribed to that type.</returns>
    public bool Subscribe(IActorRef subscriber, Type messageType)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(messageType);
        lock (_lock)
        {
            if (_subscriptions.Any(s => s.Subscriber.Equals(subscriber) && s.Type == messageType))
            {
                return false;
            }

            _subscriptions = [.. _subscriptions, new Subscription(subscriber, messageType)];
            return true;
        }
    }

    /// <summary>Subscribes <paramref name="subscriber"/> to messages assignable to <typeparamref name="T"/>.</summary>
    public bool Subscribe<T>(IActorRef subscriber) => Subscribe(subscriber, typeof(T));

    /// <summary>Removes one subscription.</summary>
    public bool Unsubscribe(IActorRef subscriber, Type messageType)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return Remove(s => s.Subscriber.Equals(subscriber) && s.Type == messageType);
    }

    /// <summary>Removes every subscription of <paramref name="subscriber"/>.</summary>
    public bool Unsubscribe(IActorRef subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return Remove(s => s.Subscriber.Equals(subscriber));
    }

    /// <summary>Tells <paramref name="message"/> to every matching subscriber, with no sender.</summary>
    public void Publish(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var subscriptions = Volatile.Read(ref _subscriptions);
        HashSet<IActorRef>? told = null;
        foreach (var subscription in subscriptions)
        {
            if (subscription.Type.IsInstanceOfType(message) && (told ??= []).Add(subscription.Subscriber))
            {
                subscription.Subscriber.Tell(message);
            }
        }
    }

    private bool Remove(Func<Subscription, bool> match)
    {
        lock (_lock)
        {
            if (!_subscriptions.Any(match))
            {
                return false;
            }

            _subscriptions = [.. _subscriptions.Where(s => !match(s))];
            return true;
        }
    }

    private sealed record Subscription(IActorRef Subscriber, Type Type);
}
