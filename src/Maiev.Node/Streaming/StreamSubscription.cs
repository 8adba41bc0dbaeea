using System.Threading.Channels;

namespace Maiev.Node.Streaming;

/// <summary>A client's view of the feed: what it missed (from the replay buffer) and the live reader.</summary>
internal sealed class StreamSubscription(IReadOnlyList<StreamItem> missed, ChannelReader<StreamItem> live, Action unsubscribe) : IDisposable
{
    /// <summary>Buffered events after the client's <c>Last-Event-ID</c>, oldest first.</summary>
    public IReadOnlyList<StreamItem> Missed { get; } = missed;

    /// <summary>Events published from now on.</summary>
    public ChannelReader<StreamItem> Live { get; } = live;

    /// <summary>Stops receiving.</summary>
    public void Dispose() => unsubscribe();
}
