namespace Maiev.Actors.RabbitMq;

/// <summary>
/// Who watches which queue: the bookkeeping behind "one management poll per vhost per interval serves
/// every watched queue". Tells which vhosts to poll, which queues of each, and routes each sample to the
/// subscribers of its queue. Not thread-safe: it lives inside one actor.
/// </summary>
/// <typeparam name="TSubscriber">The subscriber identity (an actor reference), compared with its equality.</typeparam>
internal sealed class QueueWatchTable<TSubscriber>
    where TSubscriber : notnull
{
    private readonly Dictionary<QueueRef, HashSet<TSubscriber>> _byQueue = [];
    private readonly Dictionary<TSubscriber, HashSet<QueueRef>> _bySubscriber = [];

    /// <summary>The vhosts with at least one watched queue, in a stable (ordinal) order.</summary>
    public IReadOnlyList<string> Vhosts =>
        _byQueue.Keys.Select(q => q.Vhost).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>How many distinct queues are watched.</summary>
    public int QueueCount => _byQueue.Count;

    /// <summary>Adds a subscription; false when it already existed.</summary>
    public bool Watch(TSubscriber subscriber, QueueRef queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentException.ThrowIfNullOrEmpty(queue.Vhost);
        ArgumentException.ThrowIfNullOrEmpty(queue.Name);
        if (!_byQueue.TryGetValue(queue, out var subscribers))
        {
            _byQueue[queue] = subscribers = [];
        }

        if (!_bySubscriber.TryGetValue(subscriber, out var queues))
        {
            _bySubscriber[subscriber] = queues = [];
        }

        queues.Add(queue);
        return subscribers.Add(subscriber);
    }

    /// <summary>Removes one subscription; false when there was none.</summary>
    public bool Unwatch(TSubscriber subscriber, QueueRef queue)
    {
        if (!_byQueue.TryGetValue(queue, out var subscribers) || !subscribers.Remove(subscriber))
        {
            return false;
        }

        if (subscribers.Count == 0)
        {
            _byQueue.Remove(queue);
        }

        if (_bySubscriber.TryGetValue(subscriber, out var queues) && queues.Remove(queue) && queues.Count == 0)
        {
            _bySubscriber.Remove(subscriber);
        }

        return true;
    }

    /// <summary>Removes every subscription of a subscriber (it stopped); returns how many.</summary>
    public int UnwatchAll(TSubscriber subscriber)
    {
        if (!_bySubscriber.Remove(subscriber, out var queues))
        {
            return 0;
        }

        foreach (var queue in queues)
        {
            if (_byQueue.TryGetValue(queue, out var subscribers) && subscribers.Remove(subscriber) && subscribers.Count == 0)
            {
                _byQueue.Remove(queue);
            }
        }

        return queues.Count;
    }

    /// <summary>The watched queue names of a vhost (what one bulk poll must answer for).</summary>
    public IReadOnlyList<string> QueuesOf(string vhost) =>
        _byQueue.Keys.Where(q => q.Vhost == vhost).Select(q => q.Name).Order(StringComparer.Ordinal).ToList();

    /// <summary>Pairs each sample with every subscriber of its queue (samples of unwatched queues are dropped).</summary>
    public IEnumerable<(TSubscriber Subscriber, QueueSample Sample)> Route(IEnumerable<QueueSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        foreach (var sample in samples)
        {
            if (_byQueue.TryGetValue(new QueueRef(sample.Vhost, sample.Queue), out var subscribers))
            {
                foreach (var subscriber in subscribers)
                {
                    yield return (subscriber, sample);
                }
            }
        }
    }
}
