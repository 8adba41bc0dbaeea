using System.Net;
using Maiev.Node.Hosting;

namespace Maiev.Node.Tests.Node;

/// <summary>The admin token, the exposure rule and the webhook's checks.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task A_configured_token_is_required_on_the_api_and_metrics_but_not_on_health()
    {
        // Arrange
        await using var node = await TestNode.StartAsync(env => env["MAIEV__HTTP__TOKEN"] = "s3cret-admin");

        // Act
        var missing = await node.GetAsync("/api/v1/cluster");
        var wrong = await node.GetAsync("/api/v1/cluster", token: "s3cret-admin-not");
        var right = await node.GetAsync("/api/v1/cluster", token: "s3cret-admin");
        var metrics = await node.GetAsync("/metrics");
        var health = await node.GetAsync("/healthz");
        var ready = await node.GetAsync("/readyz");

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, missing.Status);
        Assert.Equal("Bearer", missing.Response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("urn:maiev:problem:unauthorized", missing.Body.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.DoesNotContain("s3cret", wrong.Body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, metrics.Status);
        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
    }

    [Fact]
    public async Task The_node_refuses_to_listen_beyond_loopback_without_a_token_and_exits_2()
    {
        // Arrange
        var dataDir = TestNode.NewDataDir();
        var environment = TestNode.Environment(dataDir);
        environment["MAIEV__HTTP__HOST"] = "0.0.0.0";
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        // Act
        var code = await NodeProgram.RunAsync([], new System.Collections.Hashtable(environment), stdout, stderr, CancellationToken.None);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("refusing to listen on 0.0.0.0", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("maiev.http.token", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_already_taken_is_a_clear_startup_error_with_exit_2_not_a_crash()
    {
        // Arrange: a first node holds the port.
        await using var first = await TestNode.StartAsync();
        var environment = TestNode.Environment(TestNode.NewDataDir());
        environment["MAIEV__HTTP__PORT"] = first.Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        // Act
        var code = await NodeProgram.RunAsync([], new System.Collections.Hashtable(environment), stdout, stderr, CancellationToken.None);

        // Assert: the second node says why and exits; the first keeps serving.
        Assert.Equal(2, code);
        Assert.Contains($"cannot listen on http://127.0.0.1:{first.Url.Port}", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("MAIEV__HTTP__PORT", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/healthz")).Status);
    }

    [Fact]
    public async Task Bad_configuration_exits_2_naming_the_key()
    {
        // Arrange
        var environment = TestNode.Environment(TestNode.NewDataDir());
        environment["MAIEV__PERSISTENCE__JOURNAL"] = "mongodb";
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        // Act
        var code = await NodeProgram.RunAsync([], new System.Collections.Hashtable(environment), stdout, stderr, CancellationToken.None);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("maiev.persistence.journal", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_checks_token_size_and_shape()
    {
        // Arrange
        await using var node = await TestNode.StartAsync(env => env["MAIEV__REGISTRY__WEBHOOK_TOKEN"] = "hook-token");
        var big = "{\"events\":[\"" + new string('x', 1024 * 1024) + "\"]}";

        // Act
        var noToken = await node.SendAsync(HttpMethod.Post, "/webhooks/registry", "{\"events\":[]}");
        var wrongToken = await node.SendAsync(HttpMethod.Post, "/webhooks/registry", "{\"events\":[]}", token: "nope");
        var malformed = await node.SendAsync(HttpMethod.Post, "/webhooks/registry", "{\"events\": [", token: "hook-token");
        var tooLarge = await node.SendAsync(HttpMethod.Post, "/webhooks/registry", big, token: "hook-token");

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.Status);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Equal("urn:maiev:problem:bad-request", malformed.Body.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.Status);
    }

    [Fact]
    public async Task Webhook_is_off_without_a_configured_token()
    {
        await using var node = await TestNode.StartAsync();

        var answer = await node.SendAsync(HttpMethod.Post, "/webhooks/registry", "{\"events\":[]}", token: "anything");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Contains("maiev.registry.webhook-token", answer.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_hands_a_push_to_the_ingress_and_answers_202_with_the_summary_deduplicating_by_event_id()
    {
        // Arrange
        await using var node = await TestNode.StartAsync(env => env["MAIEV__REGISTRY__WEBHOOK_TOKEN"] = "hook-token");
        var id = Maiev.TestKit.Servers.Unique.Name("evt");
        var digest = "sha256:" + new string('a', 64);
        var envelope = $$$"""
            {"events":[{"id":"{{{id}}}","timestamp":"2026-11-22T01:00:00Z","action":"push",
              "target":{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","digest":"{{{digest}}}","repository":"team/app","tag":"1.0.1"},
              "request":{"host":"registry.local:5000"}}]}
            """;

        // Act
        var first = await node.SendAsync(HttpMethod.Post, "/webhooks/registry", envelope, token: "hook-token");
        var again = await node.SendAsync(HttpMethod.Post, "/webhooks/registry", envelope, token: "hook-token");

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, first.Status);
        Assert.Equal(1, first.Body.GetProperty("received").GetInt32());
        Assert.Equal(1, first.Body.GetProperty("relevant").GetInt32());
        Assert.Equal(0, first.Body.GetProperty("duplicates").GetInt32());
        Assert.Equal(HttpStatusCode.Accepted, again.Status);
        Assert.Equal(1, again.Body.GetProperty("duplicates").GetInt32());
    }
}
