using Maiev.Actors.Services;
using Maiev.Node.Metrics;
using Maiev.Runtime.Actors;

namespace Maiev.Node.Streaming;

/// <summary>Subscribes to <see cref="ServiceEventPublished"/> on the EventStream and feeds the stream hub and the metrics.</summary>
internal sealed class ServiceFeedActor : ReceiveActor
{
    /// <summary>Creates the actor.</summary>
    public ServiceFeedActor(EventStream events, StreamHub hub, NodeMetrics metrics)
    {
        events.Subscribe<ServiceEventPublished>(Self);
        Receive<ServiceEventPublished>(published =>
        {
            hub.Publish(published);
            metrics.Record(published);
        });
    }

    /// <summary>The props.</summary>
    public static Props Props(EventStream events, StreamHub hub, NodeMetrics metrics) => Maiev.Runtime.Actors.Props.Create(() => new ServiceFeedActor(events, hub, metrics));
}
