using Maiev.Actors.Registry;
using Maiev.Actors.Tests.Docker;
using Maiev.TestKit.Servers;

namespace Maiev.Actors.Tests.Registry;

/// <summary>The registry client against the real registry, after real pushes.</summary>
public sealed class RegistryClientTests
{
    [ServerFact(Server.Docker | Server.Registry)]
    public async Task Tags_and_digests_are_those_pushed_across_pages()
    {
        using var docker = SwarmFixture.Client();
        var name = Unique.Name("clients-reg");
        var repository = $"{TestServers.Registry}/{name}";
        var first = await SwarmFixture.PushAsync(docker, repository, "1.0.0");
        await SwarmFixture.PushAsync(docker, repository, "1.1.0");
        await SwarmFixture.PushAsync(docker, repository, "2.0.0");
        using var registry = new RegistryClient(new Uri($"http://{TestServers.Registry}/"));

        var all = await registry.ListTagsAsync(name, CancellationToken.None);
        var paged = await registry.ListTagsAsync(name, CancellationToken.None, pageSize: 1);
        var digest = await registry.GetManifestDigestAsync(name, "1.0.0", CancellationToken.None);

        Assert.Equal(["1.0.0", "1.1.0", "2.0.0"], all.Order());
        Assert.Equal(["1.0.0", "1.1.0", "2.0.0"], paged.Order());
        Assert.Equal(first, digest);
        Assert.Equal(digest, await docker.GetDistributionDigestAsync($"{repository}:1.0.0", CancellationToken.None));
    }

    [ServerFact(Server.Registry)]
    public async Task A_missing_tag_has_no_digest_and_a_missing_repository_no_tags()
    {
        using var registry = new RegistryClient(new Uri($"http://{TestServers.Registry}/"));
        var name = Unique.Name("clients-none");

        Assert.Null(await registry.GetManifestDigestAsync(name, "1.0.0", CancellationToken.None));
        Assert.Empty(await registry.ListTagsAsync(name, CancellationToken.None));
    }

    [ServerFact(Server.Registry)]
    public async Task An_unreachable_registry_is_a_transient_error()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now
        using var registry = new RegistryClient(new Uri($"http://127.0.0.1:{port}/"));

        var error = await Assert.ThrowsAsync<RegistryApiException>(() => registry.ListTagsAsync("any", CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Null(error.StatusCode);
    }
}
