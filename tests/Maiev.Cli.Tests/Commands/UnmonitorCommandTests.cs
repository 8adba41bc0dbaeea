using System.Text.Json;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Commands;

public sealed class UnmonitorCommandTests
{
    [Fact]
    public async Task Unmonitor_stops_monitoring_and_says_the_swarm_service_keeps_running()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "unmonitor", "orders-consumer");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Stopped monitoring 'orders-consumer'; its Swarm service keeps running", result.Out, StringComparison.Ordinal);
        var request = Assert.Single(node.Requests);
        Assert.Equal(("DELETE", "/api/v1/services/orders-consumer"), (request.Method, request.PathAndQuery));
        Assert.DoesNotContain("orders-consumer", node.Services.Keys);
    }

    [Fact]
    public async Task Unmonitor_with_json_output_prints_the_name_and_the_outcome()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "unmonitor", "orders-consumer", "-o", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("orders-consumer", json.RootElement.GetProperty("name").GetString());
        Assert.True(json.RootElement.GetProperty("unmonitored").GetBoolean());
    }

    [Fact]
    public async Task Unmonitor_of_an_unknown_service_exits_3()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "unmonitor", "nobody");

        Assert.True(result.ExitCode == ExitCodes.NotFound, result.ToString());
        Assert.Contains("'nobody'", result.Error, StringComparison.Ordinal);
    }
}
