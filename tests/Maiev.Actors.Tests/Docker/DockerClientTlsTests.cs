using Maiev.Actors.Docker;
using Maiev.TestKit.Servers;

namespace Maiev.Actors.Tests.Docker;

/// <summary>The Docker client over TLS with client certificates, to the real engine behind a TLS front.</summary>
public sealed class DockerClientTlsTests
{
    [ServerFact(Server.Docker)]
    public async Task Tls_with_a_client_certificate_from_the_cert_path_reaches_the_engine()
    {
        using var certificates = TestCertificates.Create("clients");
        await using var front = new TlsDockerFront(certificates, TestServers.DockerHost);
        var endpoint = DockerEndpoint.FromEnvironment(new Dictionary<string, string>
        {
            ["DOCKER_HOST"] = $"tcp://127.0.0.1:{front.Port}",
            ["DOCKER_TLS_VERIFY"] = "1",
            ["DOCKER_CERT_PATH"] = certificates.Directory,
        }.GetValueOrDefault);
        using var docker = new DockerClient(endpoint);

        await docker.PingAsync(CancellationToken.None);
        var services = await docker.ListServicesAsync(CancellationToken.None, name: Unique.Name("clients-tls-none"));

        Assert.NotNull(docker.ApiVersion);
        Assert.Empty(services);
        Assert.Equal(0, front.RefusedClients);
    }

    [ServerFact(Server.Docker)]
    public async Task Tls_verify_refuses_a_daemon_whose_certificate_another_ca_issued()
    {
        using var daemonCertificates = TestCertificates.Create("daemon");
        using var otherCa = TestCertificates.Create("other");
        await using var front = new TlsDockerFront(daemonCertificates, TestServers.DockerHost);
        using var docker = new DockerClient(new DockerEndpoint(new Uri($"tcp://127.0.0.1:{front.Port}"), otherCa.Directory, TlsVerify: true));

        var error = await Assert.ThrowsAsync<DockerApiException>(() => docker.PingAsync(CancellationToken.None));

        Assert.Equal(DockerErrorKind.Unavailable, error.Kind);
    }

    [ServerFact(Server.Docker)]
    public async Task A_client_without_a_certificate_is_refused_by_a_verifying_daemon()
    {
        using var certificates = TestCertificates.Create("clients");
        await using var front = new TlsDockerFront(certificates, TestServers.DockerHost);
        var bare = Directory.CreateTempSubdirectory("maiev-tls-ca-only-").FullName;
        File.Copy(Path.Combine(certificates.Directory, "ca.pem"), Path.Combine(bare, "ca.pem"));
        try
        {
            using var docker = new DockerClient(new DockerEndpoint(new Uri($"tcp://127.0.0.1:{front.Port}"), bare, TlsVerify: true));

            var error = await Assert.ThrowsAsync<DockerApiException>(() => docker.PingAsync(CancellationToken.None));

            Assert.Equal(DockerErrorKind.Unavailable, error.Kind);
        }
        finally
        {
            Directory.Delete(bare, recursive: true);
        }
    }
}
