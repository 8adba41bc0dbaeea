using System.Net;
using System.Net.Sockets;

namespace Maiev.TestKit.Net;

/// <summary>
/// A loopback TCP forwarder a test can cut and restore, to make a shared server "go away" for one
/// client without stopping it. <see cref="Cut"/> closes every open connection and refuses new ones
/// (the port stays reserved, connections are accepted and closed at once); <see cref="Restore"/>
/// forwards again.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly EndPoint _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private readonly List<IDisposable> _open = [];
    private readonly Task _acceptLoop;
    private volatile bool _cut;
    private int _forwarded;

    /// <summary>Starts forwarding 127.0.0.1:(a free port) to <paramref name="target"/> (an IP end point, or a <see cref="UnixDomainSocketEndPoint"/>).</summary>
    public TcpProxy(EndPoint target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _target = target;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _acceptLoop = AcceptAsync(_stop.Token);
    }

    /// <summary>Starts forwarding to the host and port of <paramref name="target"/> (an IP literal, e.g. 127.0.0.1).</summary>
    public TcpProxy(Uri target)
        : this(new IPEndPoint(IPAddress.Parse(target?.Host ?? throw new ArgumentNullException(nameof(target))), target.Port))
    {
    }

    /// <summary>The local port clients connect to.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many connections were forwarded so far (refused ones while cut are not counted).</summary>
    public int ForwardedConnections => Volatile.Read(ref _forwarded);

    /// <summary>Whether the proxy is cut.</summary>
    public bool IsCut => _cut;

    /// <summary>Rewrites <paramref name="uri"/> to go through this proxy (same scheme and path, proxy port).</summary>
    public Uri Through(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return new UriBuilder(uri) { Host = "127.0.0.1", Port = Port }.Uri;
    }

    /// <summary>Closes every forwarded connection and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        _cut = true;
        lock (_lock)
        {
            foreach (var client in _open)
            {
                client.Dispose();
            }

            _open.Clear();
        }
    }

    /// <summary>Forwards new connections again.</summary>
    public void Restore() => _cut = false;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await _listener.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (_cut)
            {
                inbound.Client.LingerState = new LingerOption(true, 0); // RST: the client sees "connection reset"
                inbound.Dispose();
                continue;
            }

            Interlocked.Increment(ref _forwarded);
            _ = ForwardAsync(inbound, ct);
        }
    }

    private async Task ForwardAsync(TcpClient inbound, CancellationToken ct)
    {
        var outbound = new Socket(_target.AddressFamily, SocketType.Stream,
            _target is UnixDomainSocketEndPoint ? ProtocolType.Unspecified : ProtocolType.Tcp);
        lock (_lock)
        {
            _open.Add(inbound);
            _open.Add(outbound);
        }

        try
        {
            await outbound.ConnectAsync(_target, ct);
            var a = inbound.GetStream();
            await using var b = new NetworkStream(outbound, ownsSocket: false);
            await Task.WhenAny(a.CopyToAsync(b, ct), b.CopyToAsync(a, ct));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // a cut, a closed peer or the end of the test: the connection simply ends
        }
        finally
        {
            lock (_lock)
            {
                _open.Remove(inbound);
                _open.Remove(outbound);
            }

            inbound.Dispose();
            outbound.Dispose();
        }
    }
}
