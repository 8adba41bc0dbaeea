using System.Text.Json;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Commands;

public sealed class PauseCommandTests
{
    [Fact]
    public async Task Pause_pauses_and_says_replicas_stay_until_resume()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "pause", "orders-consumer");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Paused automatic scaling of 'orders-consumer'; replicas stay at 3 until 'maiev resume orders-consumer'.", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"paused:\s+yes", result.Out);
        var request = Assert.Single(node.Requests);
        Assert.Equal(("POST", "/api/v1/services/orders-consumer/pause"), (request.Method, request.PathAndQuery));
    }

    [Fact]
    public async Task Pause_with_json_output_prints_the_nodes_summary()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "pause", "orders-consumer", "-o", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("paused").GetBoolean());
    }

    [Fact]
    public async Task Pause_of_an_unknown_service_exits_3()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "pause", "nobody");

        Assert.True(result.ExitCode == ExitCodes.NotFound, result.ToString());
        Assert.Contains("hint: Run 'maiev services'", result.Error, StringComparison.Ordinal);
    }
}
