using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Maiev.Cli.Tests.FakeNode;

/// <summary>
/// A bare HTTP/1.1 server for one case Kestrel cannot stage deterministically: an event stream
/// that ends mid-response (FIN without the final chunk) after one event, as when a node dies.
/// It answers the events page with an empty history and the stream with one chunked event.
/// </summary>
internal sealed class BrokenStreamNode : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _sockets = [];
    private readonly Task _accepting;

    public BrokenStreamNode(string eventJson)
    {
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync(eventJson);
    }

    public Uri Url { get; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        lock (_sockets)
        {
            _sockets.ForEach(s => s.Dispose());
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync(string eventJson)
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token);
            lock (_sockets)
            {
                _sockets.Add(socket);
            }

            _ = ServeAsync(socket, eventJson);
        }
    }

    private async Task ServeAsync(Socket socket, string eventJson)
    {
        var stream = new NetworkStream(socket, ownsSocket: false);
        var reader = new StreamReader(stream, Encoding.ASCII);
        while (await reader.ReadLineAsync(_stop.Token) is { } requestLine)
        {
            while (await reader.ReadLineAsync(_stop.Token) is { Length: > 0 })
            {
                // Skip the request headers; GET requests have no body.
            }

            if (requestLine.Contains("/stream", StringComparison.Ordinal))
            {
                var data = $"id: 1\nevent: scale\ndata: {eventJson}\n\n";
                var head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
                var chunk = $"{Encoding.UTF8.GetByteCount(data):x}\r\n{data}\r\n";
                await stream.WriteAsync(Encoding.UTF8.GetBytes(head + chunk), _stop.Token);
                socket.Shutdown(SocketShutdown.Send);
                return;
            }

            var body = """{"service":"orders-consumer","events":[],"next":null,"lastSeq":0}""";
            var response = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(response), _stop.Token);
        }
    }
}
