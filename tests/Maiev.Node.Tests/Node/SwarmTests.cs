using System.Net;
using Maiev.TestKit.Servers;

namespace Maiev.Node.Tests.Node;

/// <summary>PUT against the real Swarm: a service Swarm does not have answers 404.</summary>
public sealed class SwarmTests
{
    [ServerFact(Server.Docker)]
    public async Task Put_of_a_service_swarm_does_not_have_answers_404_and_stores_nothing()
    {
        // Arrange
        await using var node = await TestNode.StartAsync(env => env["MAIEV__DOCKER__HOST"] = TestServers.DockerHost);
        var name = Unique.Name("no-such-swarm-svc");

        // Act
        var put = await node.SendAsync(HttpMethod.Put, $"/api/v1/services/{name}", TestNode.Spec("q-" + name));
        var get = await node.GetAsync($"/api/v1/services/{name}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, put.Status);
        Assert.Equal("urn:maiev:problem:not-found", put.Body.GetProperty("type").GetString());
        Assert.Contains("Swarm has no service", put.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, get.Status);
    }
}
