namespace Maiev.Actors.Tests.RabbitMq;

/// <summary>Counts the requests that pass through to the real server (no answers are faked).</summary>
internal sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return base.SendAsync(request, cancellationToken);
    }
}
