using System.Text.Json;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Commands;

public sealed class ClusterShowCommandTests
{
    [Fact]
    public async Task Cluster_show_prints_the_node_its_members_and_each_dependency()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "cluster", "show");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("node-7f3a (this node)", result.Out, StringComparison.Ordinal);
        Assert.Contains("embedded", result.Out, StringComparison.Ordinal);
        Assert.Contains("up 1h 58m", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"rabbitmq\s+down\s+2026-11-22 03:10:00Z\s+management API http://127.0.0.1:15672: connection refused", result.Out);
        Assert.Matches(@"registry\s+disabled", result.Out);
        var request = Assert.Single(node.Requests);
        Assert.Equal(("GET", "/api/v1/cluster"), (request.Method, request.PathAndQuery));
    }

    [Fact]
    public async Task Cluster_show_with_json_output_prints_the_nodes_json()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "cluster", "show", "--output", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("node-7f3a", json.RootElement.GetProperty("nodeId").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("dependencies").GetArrayLength());
        Assert.Equal(7092.4, json.RootElement.GetProperty("uptimeSeconds").GetDouble());
    }

    [Fact]
    public async Task Cluster_show_against_a_node_that_breaks_the_contract_exits_1_and_says_so()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        node.BreakContract = true;

        var result = await CliRun.AgainstAsync(node, "cluster", "show");

        Assert.True(result.ExitCode == ExitCodes.Failure, result.ToString());
        Assert.Contains("does not match the admin API contract", result.Error, StringComparison.Ordinal);
        Assert.Contains("different versions", result.Error, StringComparison.Ordinal);
    }
}
