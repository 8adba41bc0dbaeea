using System.Net.Sockets;

namespace Maiev.TestKit.Servers;

/// <summary>An <see cref="HttpClient"/> for the Docker Engine API at <see cref="TestServers.DockerHost"/>.</summary>
public static class DockerSocket
{
    /// <summary>Creates a client whose relative URIs go to the engine (unix socket or tcp).</summary>
    public static HttpClient CreateClient(string? dockerHost = null)
    {
        var host = dockerHost ?? TestServers.DockerHost;
        if (host.StartsWith("unix://", StringComparison.Ordinal))
        {
            var path = host["unix://".Length..];
            var handler = new SocketsHttpHandler
            {
                ConnectCallback = async (_, ct) =>
                {
                    var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    try
                    {
                        await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), ct);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
            };
            return new HttpClient(handler) { BaseAddress = new Uri("http://docker/v1.41/") };
        }

        return new HttpClient { BaseAddress = new Uri(host.Replace("tcp://", "http://", StringComparison.Ordinal).TrimEnd('/') + "/v1.41/") };
    }
}
