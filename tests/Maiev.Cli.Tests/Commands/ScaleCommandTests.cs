using System.Text.Json;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Commands;

public sealed class ScaleCommandTests
{
    [Fact]
    public async Task Scale_with_hold_sends_replicas_and_holdFor_and_reports_until_when()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "scale", "orders-consumer", "5", "--hold", "10m");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Scaling 'orders-consumer' to 5 replicas, held until 2026-11-22 04:10:00Z.", result.Out, StringComparison.Ordinal);
        Assert.Contains("3/5 (observed/desired)", result.Out, StringComparison.Ordinal);
        var request = Assert.Single(node.Requests);
        Assert.Equal(("POST", "/api/v1/services/orders-consumer/scale"), (request.Method, request.PathAndQuery));
        Assert.Equal("""{"replicas":5,"holdFor":"10m"}""", request.Body);
    }

    [Fact]
    public async Task Scale_without_hold_holds_until_resume_and_sends_no_holdFor()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "scale", "orders-consumer", "4");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("held until 'maiev resume orders-consumer'", result.Out, StringComparison.Ordinal);
        Assert.Equal("""{"replicas":4}""", Assert.Single(node.Requests).Body);
    }

    [Fact]
    public async Task Scale_with_json_output_prints_the_nodes_summary()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "scale", "orders-consumer", "4", "--output", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(4, json.RootElement.GetProperty("replicas").GetProperty("desired").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("hold").GetProperty("replicas").GetInt32());
    }

    [Fact]
    public async Task Scale_above_max_exits_5_with_the_nodes_validation_error()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "scale", "orders-consumer", "12");

        Assert.True(result.ExitCode == ExitCodes.Refused, result.ToString());
        Assert.Contains("  $.replicas: 12 is above max (10)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scale_during_an_upgrade_exits_5_and_says_to_wait()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "scale", "billing-worker", "3");

        Assert.True(result.ExitCode == ExitCodes.Refused, result.ToString());
        Assert.Contains("'billing-worker' is being upgraded", result.Error, StringComparison.Ordinal);
        Assert.Contains("hint: Wait for the service's current operation to finish", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scale_of_an_unknown_service_exits_3()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "scale", "nobody", "3");

        Assert.True(result.ExitCode == ExitCodes.NotFound, result.ToString());
    }

    [Theory]
    [InlineData("many", "N must be a whole number of at least 0, not 'many'.")]
    [InlineData("-1", "N must be a whole number of at least 0, not '-1'.")]
    [InlineData("2.5", "N must be a whole number of at least 0, not '2.5'.")]
    public async Task Scale_with_a_bad_count_exits_2_without_asking_the_node(string count, string message)
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "scale", "orders-consumer", count);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Contains("hint: run 'maiev scale --help' for usage.", result.Error, StringComparison.Ordinal);
        Assert.Empty(node.Requests);
    }

    [Theory]
    [InlineData("ten minutes")]
    [InlineData("0s")]
    [InlineData("5")]
    public async Task Scale_with_a_bad_hold_exits_2_without_asking_the_node(string hold)
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "scale", "orders-consumer", "3", "--hold", hold);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"--hold: '{hold}'", result.Error, StringComparison.Ordinal);
        Assert.Empty(node.Requests);
    }
}
