using System.Net;
using System.Text.Json;
using Maiev.Node.Tests.Samples;
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

    [ServerFact(Server.Docker | Server.RabbitMq)]
    public async Task Put_of_a_real_swarm_service_is_201_and_the_node_reports_what_swarm_runs()
    {
        // Arrange
        using var docker = DockerSocket.CreateClient();
        var name = Unique.Name("node-swarm");
        await using var service = await SwarmService.CreateAsync(docker, name, new
        {
            Name = name,
            TaskTemplate = new { ContainerSpec = new { Image = TestServers.DockerImage, Command = new[] { "sleep", "3600" } } },
            Mode = new { Replicated = new { Replicas = 1 } },
        });
        await using var node = await TestNode.StartAsync(env =>
        {
            env["MAIEV__DOCKER__HOST"] = TestServers.DockerHost;
            env["MAIEV__RABBITMQ__MANAGEMENT_URI"] = TestServers.RabbitMqApi.ToString();
            env["MAIEV__RABBITMQ__USER"] = TestServers.RabbitMqUser;
            env["MAIEV__RABBITMQ__PASSWORD"] = TestServers.RabbitMqPassword;
        });

        // Act
        var put = await node.SendAsync(HttpMethod.Put, $"/api/v1/services/{name}", TestNode.Spec("q-" + name, min: 1, max: 2));
        var seen = await Eventually.SeeAsync(
            async () => (await node.GetAsync($"/api/v1/services/{name}")).Body,
            body => body.ValueKind == JsonValueKind.Object && body.GetProperty("replicas").GetProperty("observed").ValueKind == JsonValueKind.Number,
            TimeSpan.FromSeconds(50), $"{name} with observed replicas");

        // Assert
        Assert.Equal(HttpStatusCode.Created, put.Status);
        Assert.True(seen.GetProperty("replicas").GetProperty("observed").GetInt32() is 0 or 1, seen.GetRawText());
        Assert.Equal(1, seen.GetProperty("replicas").GetProperty("desired").GetInt32());
    }
}
