using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Maiev.Actors.Docker;

/// <summary>
/// Where the Docker Engine is: <c>unix:///path</c>, <c>tcp://host:port</c> (or <c>http://</c>), optionally
/// with TLS and client certificates from a docker-CLI style directory (<c>ca.pem</c>, <c>cert.pem</c>, <c>key.pem</c>).
/// </summary>
/// <param name="Host">The engine address.</param>
/// <param name="CertPath">Directory with <c>ca.pem</c>, <c>cert.pem</c> and <c>key.pem</c>; null without TLS.</param>
/// <param name="TlsVerify">Verify the daemon's certificate against <c>ca.pem</c> (docker's <c>DOCKER_TLS_VERIFY</c>).</param>
internal sealed record DockerEndpoint(Uri Host, string? CertPath = null, bool TlsVerify = false)
{
    /// <summary>The engine the docker CLI uses by default.</summary>
    public static readonly Uri DefaultHost = new("unix:///var/run/docker.sock");

    /// <summary>
    /// Reads <c>DOCKER_HOST</c>, <c>DOCKER_TLS_VERIFY</c> and <c>DOCKER_CERT_PATH</c> like the docker CLI
    /// (TLS is used when <c>DOCKER_TLS_VERIFY</c> is set, certificates from <c>DOCKER_CERT_PATH</c> or <c>~/.docker</c>).
    /// </summary>
    /// <exception cref="ArgumentException"><c>DOCKER_HOST</c> is not a <c>unix://</c>, <c>tcp://</c>, <c>http://</c> or <c>https://</c> URI.</exception>
    public static DockerEndpoint FromEnvironment(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var host = getVariable("DOCKER_HOST") is { Length: > 0 } h ? Parse(h) : DefaultHost;
        var verify = getVariable("DOCKER_TLS_VERIFY") is { Length: > 0 } v && v != "0";
        var certPath = getVariable("DOCKER_CERT_PATH") is { Length: > 0 } p
            ? p
            : verify ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker") : null;
        return new DockerEndpoint(host, verify ? certPath : null, verify);
    }

    /// <summary>Parses a docker host string.</summary>
    /// <exception cref="ArgumentException">Unsupported scheme or not a URI.</exception>
    public static Uri Parse(string host)
    {
        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri) || uri.Scheme is not ("unix" or "tcp" or "http" or "https"))
        {
            throw new ArgumentException($"Docker host '{host}' must be unix:///path, tcp://host:port, http:// or https://.", nameof(host));
        }

        return uri;
    }

    /// <summary>Whether requests go over TLS.</summary>
    public bool UsesTls => CertPath is not null || Host.Scheme == "https";

    /// <summary>The base address requests are made against (the host part is ignored for unix sockets).</summary>
    public Uri BaseAddress => Host.Scheme switch
    {
        "unix" => new Uri("http://docker/"),
        _ => new UriBuilder(UsesTls ? "https" : "http", Host.Host, Host.Port < 0 ? (UsesTls ? 2376 : 2375) : Host.Port).Uri,
    };

    /// <summary>Creates the handler that reaches the engine (socket, TLS client certificate, CA check).</summary>
    public SocketsHttpHandler CreateHandler()
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (Host.Scheme == "unix")
        {
            var path = Host.AbsolutePath;
            handler.ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), ct).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        if (CertPath is { } dir)
        {
            var ssl = new SslClientAuthenticationOptions();
            var cert = Path.Combine(dir, "cert.pem");
            if (File.Exists(cert))
            {
                ssl.ClientCertificates = [X509Certificate2.CreateFromPemFile(cert, Path.Combine(dir, "key.pem"))];
            }

            var caFile = Path.Combine(dir, "ca.pem");
            if (TlsVerify && File.Exists(caFile))
            {
                var ca = X509CertificateLoader.LoadCertificateFromFile(caFile);
                ssl.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    certificate is not null
                    && (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0
                    && ChainsTo(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()), ca);
            }
            else if (!TlsVerify)
            {
                // docker without DOCKER_TLS_VERIFY encrypts but does not check the daemon: same here.
#pragma warning disable CA5359 // deliberate: mirrors the docker CLI's --tls without --tlsverify
                ssl.RemoteCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
            }

            handler.SslOptions = ssl;
        }

        return handler;
    }

    private static bool ChainsTo(X509Certificate2 certificate, X509Certificate2 ca)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
