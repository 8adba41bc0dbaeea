using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Maiev.Node.Tests.Samples;
using Maiev.TestKit.Net;
using Maiev.TestKit.Servers;

namespace Maiev.Node.Tests.Node;

/// <summary>/healthz, /readyz, /metrics and /openapi/v1.json.</summary>
public sealed partial class OperationsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task Unreachable_dependencies_do_not_stop_the_node_and_readyz_says_degraded()
    {
        // Arrange
        await using var node = await TestNode.StartAsync();

        // Act
        var health = await node.GetAsync("/healthz");
        var ready = await Eventually.SeeAsync(
            () => node.GetAsync("/readyz"),
            r => State(r.Body, "rabbitmq") == "down" && State(r.Body, "docker") == "down",
            Patience, "rabbitmq and docker down");

        // Assert
        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("healthy", health.Body.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("degraded", ready.Body.GetProperty("status").GetString());
        Assert.Equal("up", State(ready.Body, "journal"));
        Assert.Equal("disabled", State(ready.Body, "registry"));
        Assert.StartsWith("management API http://127.0.0.1:", Detail(ready.Body, "rabbitmq"), StringComparison.Ordinal);
    }

    [ServerFact(Server.RabbitMq | Server.Docker)]
    public async Task Readyz_follows_rabbitmq_being_cut_and_restored()
    {
        // Arrange
        await using var proxy = new TcpProxy(TestServers.RabbitMqApi);
        await using var node = await TestNode.StartAsync(env =>
        {
            env["MAIEV__RABBITMQ__MANAGEMENT_URI"] = proxy.Through(TestServers.RabbitMqApi).ToString();
            env["MAIEV__RABBITMQ__USER"] = TestServers.RabbitMqUser;
            env["MAIEV__RABBITMQ__PASSWORD"] = TestServers.RabbitMqPassword;
            env["MAIEV__DOCKER__HOST"] = TestServers.DockerHost;
        });
        await Eventually.SeeAsync(() => node.GetAsync("/readyz"), r => r.Body.GetProperty("status").GetString() == "ready", Patience, "ready with every dependency up");

        // Act
        proxy.Cut();
        var cut = await Eventually.SeeAsync(() => node.GetAsync("/readyz"), r => State(r.Body, "rabbitmq") == "down", Patience, "rabbitmq down after the cut");
        proxy.Restore();
        var restored = await Eventually.SeeAsync(() => node.GetAsync("/readyz"), r => State(r.Body, "rabbitmq") == "up", Patience, "rabbitmq up after the restore");

        // Assert
        Assert.Equal(HttpStatusCode.OK, cut.Status);
        Assert.Equal("degraded", cut.Body.GetProperty("status").GetString());
        Assert.Equal("ready", restored.Body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Metrics_are_prometheus_text_with_service_and_runtime_series()
    {
        // Arrange
        await using var node = await TestNode.StartAsync();
        var name = Unique.Name("metrics-svc");
        await node.SendAsync(HttpMethod.Put, $"/api/v1/services/{name}", TestNode.Spec("q-" + name));

        // Act
        var response = await node.Http.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                Assert.Matches(Comment(), line);
                continue;
            }

            var match = Sample().Match(line);
            Assert.True(match.Success, $"not a Prometheus sample line: '{line}'");
            samples[match.Groups["series"].Value] = double.Parse(match.Groups["value"].Value.Replace("+Inf", "Infinity", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal(1, samples[$"maiev_service_desired_replicas{{service=\"{name}\"}}"]);
        Assert.True(samples.ContainsKey("maiev_dead_letters_total"), "dead letters missing");
        Assert.True(samples.ContainsKey("maiev_actor_mailbox_depth_max"), "mailbox depth missing");
        Assert.True(samples["maiev_journal_write_seconds_count"] >= 1, "the PUT wrote to the journal");
        Assert.Equal(samples["maiev_journal_write_seconds_count"], samples["maiev_journal_write_seconds_bucket{le=\"+Inf\"}"]);
    }

    [Fact]
    public async Task Openapi_document_lists_the_admin_routes()
    {
        await using var node = await TestNode.StartAsync();

        var document = await node.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, document.Status);
        var paths = document.Body.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/services/{name}", paths);
        Assert.Contains("/api/v1/stream", paths);
    }

    private static string? State(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object
            ? body.GetProperty("dependencies").EnumerateArray().First(d => d.GetProperty("name").GetString() == name).GetProperty("state").GetString()
            : null;

    private static string? Detail(JsonElement body, string name) =>
        body.GetProperty("dependencies").EnumerateArray().First(d => d.GetProperty("name").GetString() == name).GetProperty("detail").GetString();

    [GeneratedRegex(@"^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^(?<series>[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*=""([^""\\]|\\.)*"",?)*\})?) (?<value>[-+0-9.eE]+|\+Inf|NaN)$")]
    private static partial Regex Sample();
}
