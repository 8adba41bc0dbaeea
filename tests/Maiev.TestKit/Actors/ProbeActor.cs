using System.Threading.Channels;
using Maiev.Runtime.Actors;

namespace Maiev.TestKit.Actors;

/// <summary>The actor behind a <see cref="TestProbe"/>: queues what it receives, and watches on request.</summary>
internal sealed class ProbeActor(ChannelWriter<ProbeEnvelope> queue) : ActorBase
{
    protected internal override bool Receive(object message)
    {
        switch (message)
        {
            case ProbeWatch watch:
                Context.Watch(watch.Target);
                break;
            case ProbeUnwatch unwatch:
                Context.Unwatch(unwatch.Target);
                break;
            default:
                queue.TryWrite(new ProbeEnvelope(message, Sender));
                break;
        }

        return true;
    }
}

/// <summary>A message the probe received, with its sender.</summary>
internal sealed record ProbeEnvelope(object Message, IActorRef Sender);

/// <summary>Asks the probe actor to watch <paramref name="Target"/>.</summary>
internal sealed record ProbeWatch(IActorRef Target);

/// <summary>Asks the probe actor to stop watching <paramref name="Target"/>.</summary>
internal sealed record ProbeUnwatch(IActorRef Target);
