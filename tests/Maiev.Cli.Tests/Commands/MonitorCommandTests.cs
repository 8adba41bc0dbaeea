using System.Text.Json;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Commands;

public sealed class MonitorCommandTests : IDisposable
{
    private const string ScaleJson = """
        {
          "min": 1,
          "max": 5,
          "scale": {
            "resources": [ { "name": "rmq", "monitorer": "monitorer_rabbitmq", "identifier": "jobs" } ],
            "rules": [ { "name": "slow", "expression": "rmq:latency > 2" } ],
            "scale_up": "rules:slow",
            "scale_down": "rmq:waiting == 0"
          }
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("maiev-cli-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Monitor_docker_with_a_maiev_scale_json_sends_it_unchanged_and_reports_the_new_service()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        var spec = Write("scale.json", ScaleJson);

        var result = await CliRun.AgainstAsync(node, "monitor", "docker", "new-worker", "--spec", spec);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Now monitoring 'new-worker'.", result.Out, StringComparison.Ordinal);
        Assert.Contains("1/1 (observed/desired), min 1, max 5", result.Out, StringComparison.Ordinal);
        var request = Assert.Single(node.Requests);
        Assert.Equal(("PUT", "/api/v1/services/new-worker"), (request.Method, request.PathAndQuery));
        Assert.Equal(ScaleJson, request.Body);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitor_docker_of_a_monitored_service_says_its_spec_was_replaced()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "monitor", "docker", "orders-consumer", "--spec", Write("s.json", ScaleJson));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Replaced the spec of 'orders-consumer'.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitor_docker_without_a_spec_sends_an_empty_body_so_the_node_reads_the_labels()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "monitor", "docker", "new-worker", "-o", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(string.Empty, Assert.Single(node.Requests).Body);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("new-worker", json.RootElement.GetProperty("name").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("max").GetInt32());
    }

    [Fact]
    public async Task Monitor_docker_with_a_missing_spec_file_exits_2_without_asking_the_node()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        var missing = Path.Combine(_folder, "nope.json");

        var result = await CliRun.AgainstAsync(node, "monitor", "docker", "new-worker", "--spec", missing);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"the spec file '{missing}' does not exist.", result.Error, StringComparison.Ordinal);
        Assert.Empty(node.Requests);
    }

    [Fact]
    public async Task Monitor_docker_with_invalid_json_exits_5_naming_line_and_column_without_asking_the_node()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        var spec = Write("broken.json", "{\n  \"min\": 1,\n  \"max\": ,\n}");

        var result = await CliRun.AgainstAsync(node, "monitor", "docker", "new-worker", "--spec", spec);

        Assert.True(result.ExitCode == ExitCodes.Refused, result.ToString());
        Assert.Contains("is not valid JSON (line 3, column 10)", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was sent to the node", result.Error, StringComparison.Ordinal);
        Assert.Empty(node.Requests);
    }

    [Fact]
    public async Task Monitor_docker_with_a_json_array_exits_5_saying_a_spec_is_an_object()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "monitor", "docker", "new-worker", "--spec", Write("a.json", "[1, 2]"));

        Assert.True(result.ExitCode == ExitCodes.Refused, result.ToString());
        Assert.Contains("holds a JSON array, not an object", result.Error, StringComparison.Ordinal);
        Assert.Empty(node.Requests);
    }

    [Fact]
    public async Task Monitor_docker_shows_every_validation_error_of_the_node_with_path_line_and_column()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        var spec = Write("bad.json", """{ "min": 1, "max": 0, "scale": { "rules": [ { "name": "slow", "expression": "rmq:latncy > 2" } ] } }""");

        var result = await CliRun.AgainstAsync(node, "monitor", "docker", "new-worker", "--spec", spec);

        Assert.True(result.ExitCode == ExitCodes.Refused, result.ToString());
        Assert.Contains($"error: the node refused the spec for 'new-worker' from '{spec}': 2 errors in the spec for 'new-worker'; nothing was stored.", result.Error, StringComparison.Ordinal);
        Assert.Contains("  $.max: max (0) must be at least min (1)", result.Error, StringComparison.Ordinal);
        Assert.Contains("  $.scale.rules[0].expression (line 1, column 1): unknown identifier 'rmq:latncy'", result.Error, StringComparison.Ordinal);
        Assert.Contains("hint: Fix each error listed", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Monitor_docker_of_a_service_swarm_does_not_have_exits_3()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "monitor", "docker", "ghost", "--spec", Write("s.json", ScaleJson));

        Assert.True(result.ExitCode == ExitCodes.NotFound, result.ToString());
        Assert.Contains("Swarm has no service named 'ghost'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("docker service ls", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitor_with_another_orchestrator_than_docker_is_a_usage_error()
    {
        var result = await CliRun.RunAsync("monitor", "kubernetes", "x", "--node", "http://127.0.0.1:9");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("maiev monitor --help", result.Error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
