using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Maiev.Actors.Tests.Docker;

/// <summary>
/// A TLS front for the real engine: listens on 127.0.0.1 with a server certificate, requires a client
/// certificate issued by the test CA (as dockerd <c>--tlsverify</c> does), and forwards to the engine's unix socket.
/// </summary>
internal sealed class TlsDockerFront : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly TestCertificates _certificates;
    private readonly string _socketPath;
    private readonly Task _loop;

    public TlsDockerFront(TestCertificates certificates, string dockerHost)
    {
        _certificates = certificates;
        _socketPath = new Uri(dockerHost).AbsolutePath;
        _listener.Start();
        _loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int RefusedClients;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var tls = new SslStream(client.GetStream(), false, (_, certificate, _, _) =>
        {
            var ok = certificate is not null && IssuedByCa(certificate);
            if (!ok)
            {
                Interlocked.Increment(ref RefusedClients);
            }

            return ok;
        });
        try
        {
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
            {
                ServerCertificate = _certificates.Server,
                ClientCertificateRequired = true,
            }, _stop.Token);
            using var engine = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await engine.ConnectAsync(new UnixDomainSocketEndPoint(_socketPath), _stop.Token);
            await using var engineStream = new NetworkStream(engine, ownsSocket: false);
            await Task.WhenAny(tls.CopyToAsync(engineStream, _stop.Token), engineStream.CopyToAsync(tls, _stop.Token));
        }
        catch (Exception e) when (e is IOException or System.Security.Authentication.AuthenticationException or OperationCanceledException or SocketException)
        {
            // a refused handshake or a closed connection ends this client only
        }
    }

    private bool IssuedByCa(X509Certificate certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_certificates.Ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var cert = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(cert);
    }
}
