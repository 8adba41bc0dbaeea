using System.Threading.Channels;
using Maiev.Actors.Services;
using Maiev.Node.Api;

namespace Maiev.Node.Streaming;

/// <summary>
/// The node's live feed for <c>/api/v1/stream</c>: numbers each published service event (1, 2, … since start), keeps
/// the last <c>capacity</c> for <c>Last-Event-ID</c> replay and fans them out to every connected client. A slow
/// client loses its oldest undelivered events rather than slowing the node.
/// </summary>
internal sealed class StreamHub
{
    private readonly int _capacity;
    private readonly Lock _gate = new();
    private readonly Queue<StreamItem> _buffer = new();
    private readonly List<Channel<StreamItem>> _subscribers = [];
    private long _lastId;
    private bool _completed;

    /// <summary>Creates a hub keeping <paramref name="capacity"/> events for replay.</summary>
    public StreamHub(int capacity) => _capacity = capacity;

    /// <summary>The id of the last event published (0 before any).</summary>
    public long LastId
    {
        get
        {
            lock (_gate)
            {
                return _lastId;
            }
        }
    }

    /// <summary>Numbers, buffers and fans out one service event.</summary>
    public void Publish(ServiceEventPublished published) =>
        Publish(published.ServiceName, ServiceJson.Kind(published.Entry.Type), ServiceJson.Event(published.ServiceName, published.Entry).ToJsonString(JsonAnswers.Options));

    /// <summary>Numbers, buffers and fans out a live <c>status</c> event (one line of JSON).</summary>
    public void PublishStatus(string service, string json) => Publish(service, "status", json);

    private void Publish(string service, string eventName, string json)
    {
        lock (_gate)
        {
            var item = new StreamItem(++_lastId, service, eventName, json);
            _buffer.Enqueue(item);
            while (_buffer.Count > _capacity)
            {
                _buffer.Dequeue();
            }

            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(item);
            }
        }
    }

    /// <summary>
    /// Registers a client: the buffered events after <paramref name="lastEventId"/> (none when null) and a reader of
    /// every later one. Dispose the subscription when the client leaves.
    /// </summary>
    public StreamSubscription Subscribe(long? lastEventId)
    {
        var channel = Channel.CreateBounded<StreamItem>(new BoundedChannelOptions(_capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            var missed = lastEventId is { } after ? _buffer.Where(i => i.Id > after).ToList() : [];
            if (_completed)
            {
                channel.Writer.TryComplete();
            }
            else
            {
                _subscribers.Add(channel);
            }

            return new StreamSubscription(missed, channel.Reader, () => Remove(channel));
        }
    }

    /// <summary>Ends every client's stream (node shutdown).</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryComplete();
            }

            _subscribers.Clear();
        }
    }

    private void Remove(Channel<StreamItem> channel)
    {
        lock (_gate)
        {
            _subscribers.Remove(channel);
        }
    }
}
