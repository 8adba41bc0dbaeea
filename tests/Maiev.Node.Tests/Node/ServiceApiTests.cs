using System.Net;
using System.Text.Json;
using Maiev.TestKit.Servers;

namespace Maiev.Node.Tests.Node;

/// <summary>The /api/v1/services routes against the real node and its real service actors (dependencies down).</summary>
public sealed class ServiceApiTests
{
    [Fact]
    public async Task Put_creates_then_replaces_and_get_list_events_and_delete_follow_the_contract()
    {
        // Arrange
        await using var node = await TestNode.StartAsync();
        var name = Unique.Name("api-svc");

        // Act
        var created = await node.SendAsync(HttpMethod.Put, $"/api/v1/services/{name}", TestNode.Spec("q-" + name));
        var replaced = await node.SendAsync(HttpMethod.Put, $"/api/v1/services/{name}", TestNode.Spec("q-" + name, max: 5));
        var detail = await node.GetAsync($"/api/v1/services/{name}");
        var list = await node.GetAsync("/api/v1/services");
        var events = await node.GetAsync($"/api/v1/services/{name}/events?after=0");
        var deleted = await node.SendAsync(HttpMethod.Delete, $"/api/v1/services/{name}");
        var gone = await node.GetAsync($"/api/v1/services/{name}");

        // Assert
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal($"/api/v1/services/{name}", created.Response.Headers.Location?.ToString());
        Assert.Equal(name, created.Body.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, replaced.Status);
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Equal(5, detail.Body.GetProperty("max").GetInt32());
        Assert.Equal(5, detail.Body.GetProperty("spec").GetProperty("max").GetInt32());
        Assert.Equal("rmq", detail.Body.GetProperty("resources")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, detail.Body.GetProperty("lastDecision").ValueKind);
        Assert.Contains(list.Body.GetProperty("services").EnumerateArray(), s => s.GetProperty("name").GetString() == name);
        var types = events.Body.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.True(types.Contains("ServiceMonitored") && types.Contains("SpecChanged"), "events: " + string.Join(", ", types));
        Assert.Equal(events.Body.GetProperty("events").EnumerateArray().Last().GetProperty("seq").GetInt64(), events.Body.GetProperty("lastSeq").GetInt64());
        Assert.Equal(JsonValueKind.Null, events.Body.GetProperty("next").ValueKind);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("urn:maiev:problem:not-found", gone.Body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Pause_resume_and_scale_answer_the_summary_and_validate_the_request()
    {
        // Arrange
        await using var node = await TestNode.StartAsync();
        var name = Unique.Name("api-scale");
        var created = await node.SendAsync(HttpMethod.Put, $"/api/v1/services/{name}", TestNode.Spec("q-" + name, min: 1, max: 4));
        Assert.Equal(HttpStatusCode.Created, created.Status);

        // Act
        var paused = await node.SendAsync(HttpMethod.Post, $"/api/v1/services/{name}/pause");
        var resumed = await node.SendAsync(HttpMethod.Post, $"/api/v1/services/{name}/resume");
        var tooMany = await node.SendAsync(HttpMethod.Post, $"/api/v1/services/{name}/scale", """{"replicas": 12, "holdFor": "soon"}""");
        var scaled = await node.SendAsync(HttpMethod.Post, $"/api/v1/services/{name}/scale", """{"replicas": 3, "holdFor": "10m"}""");

        // Assert
        Assert.Equal(HttpStatusCode.OK, paused.Status);
        Assert.True(paused.Body.GetProperty("paused").GetBoolean());
        Assert.False(paused.Body.TryGetProperty("spec", out _), "pause answers the summary, not the detail");
        Assert.Equal(HttpStatusCode.OK, resumed.Status);
        Assert.False(resumed.Body.GetProperty("paused").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
        Assert.Equal("urn:maiev:problem:validation", tooMany.Body.GetProperty("type").GetString());
        var paths = tooMany.Body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Equal(["$.holdFor", "$.replicas"], paths.Order(StringComparer.Ordinal));
        Assert.Contains(tooMany.Body.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString() == "12 is above max (4)");
        Assert.Equal(HttpStatusCode.Accepted, scaled.Status);
        Assert.Equal(3, scaled.Body.GetProperty("replicas").GetProperty("desired").GetInt32());
    }

    [Fact]
    public async Task Bad_input_answers_problem_details_naming_what_is_wrong()
    {
        // Arrange
        await using var node = await TestNode.StartAsync();

        // Act
        var invalid = await node.SendAsync(HttpMethod.Put, "/api/v1/services/bad-spec", """{"min": 5, "max": 1, "scale": {"resources": [], "rules": [{"name": "r", "expression": "rmq:latncy > 2"}]}}""");
        var notObject = await node.SendAsync(HttpMethod.Put, "/api/v1/services/bad-spec", "[1, 2]");
        var badName = await node.GetAsync("/api/v1/services/-bad");
        var badLimit = await node.GetAsync("/api/v1/services/whatever/events?limit=0");
        var unknown = await node.SendAsync(HttpMethod.Post, "/api/v1/services/never-monitored/pause");
        var unknownDelete = await node.SendAsync(HttpMethod.Delete, "/api/v1/services/never-monitored");
        var notStored = await node.GetAsync("/api/v1/services/bad-spec");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Equal("application/problem+json", invalid.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("urn:maiev:problem:validation", invalid.Body.GetProperty("type").GetString());
        Assert.Equal("/api/v1/services/bad-spec", invalid.Body.GetProperty("instance").GetString());
        Assert.Equal(JsonValueKind.Array, invalid.Body.GetProperty("errors").ValueKind);
        Assert.Contains(invalid.Body.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == "$.max");
        Assert.Equal("urn:maiev:problem:bad-request", notObject.Body.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badName.Status);
        Assert.Contains("Swarm", badName.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.Status);
        Assert.Contains("limit", badLimit.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknownDelete.Status);
        Assert.Equal(HttpStatusCode.NotFound, notStored.Status);
    }

    [Fact]
    public async Task Cluster_shards_actors_and_config_describe_the_node_with_secrets_masked()
    {
        // Arrange
        await using var node = await TestNode.StartAsync(env => env["MAIEV__RABBITMQ__PASSWORD"] = "hunter2-secret");
        var name = Unique.Name("api-shard");
        await node.SendAsync(HttpMethod.Put, $"/api/v1/services/{name}", TestNode.Spec("q-" + name));

        // Act
        var cluster = await node.GetAsync("/api/v1/cluster");
        var shards = await node.GetAsync("/api/v1/shards");
        var actors = await node.GetAsync("/api/v1/actors");
        var config = await node.SendAsync(HttpMethod.Get, "/api/v1/config");
        var configText = await config.Response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal("embedded", cluster.Body.GetProperty("mode").GetString());
        Assert.Equal(["journal", "rabbitmq", "docker", "registry"], cluster.Body.GetProperty("dependencies").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        Assert.True(cluster.Body.GetProperty("members")[0].GetProperty("self").GetBoolean());
        Assert.Equal(64, shards.Body.GetProperty("shards").GetArrayLength());
        Assert.Contains(shards.Body.GetProperty("shards").EnumerateArray(), s => s.GetProperty("services").EnumerateArray().Any(n => n.GetString() == name));
        Assert.Equal("/user", actors.Body.GetProperty("root").GetProperty("path").GetString());
        Assert.Contains(actors.Body.GetProperty("root").GetProperty("children").EnumerateArray(), c => c.GetProperty("type").GetString() == "ShardRegion");
        Assert.Contains("maiev.rabbitmq.password", config.Body.GetProperty("masked").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("***", config.Body.GetProperty("config").GetProperty("maiev").GetProperty("rabbitmq").GetProperty("password").GetString());
        Assert.DoesNotContain("hunter2", configText, StringComparison.Ordinal);
    }
}
