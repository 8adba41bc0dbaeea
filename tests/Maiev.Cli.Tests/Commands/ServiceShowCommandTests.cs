using System.Text.Json;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Commands;

public sealed class ServiceShowCommandTests
{
    [Fact]
    public async Task Service_show_prints_summary_metrics_rules_and_spec()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "service", "show", "orders-consumer");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("3/3 (observed/desired), min 1, max 10", result.Out, StringComparison.Ordinal);
        Assert.Contains("waiting=120", result.Out, StringComparison.Ordinal);
        Assert.Contains("latency=4.2", result.Out, StringComparison.Ordinal);
        Assert.Contains("age=unknown", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"slow\s+true\s+2026-11-22 03:57:09Z", result.Out);
        Assert.Contains("\"expression\": \"rmq:latency > 2\"", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"shard:\s+17", result.Out);
    }

    [Fact]
    public async Task Service_show_of_an_upgrading_service_shows_the_upgrade_and_the_hold()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "service", "show", "billing-worker");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("updating: 127.0.0.1:5052/billing:1.9.0@sha256:12abef → 127.0.0.1:5052/billing:2.0.0@sha256:77aa01", result.Out, StringComparison.Ordinal);
        Assert.Contains("2 replicas until resume", result.Out, StringComparison.Ordinal);
        Assert.Contains("unavailable: RabbitMQ management API unreachable", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_show_with_json_output_prints_the_nodes_json()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "service", "show", "orders-consumer", "-o", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(17, json.RootElement.GetProperty("shard").GetInt32());
        Assert.Equal(4.2, json.RootElement.GetProperty("resources")[0].GetProperty("metrics").GetProperty("latency").GetDouble());
    }

    [Fact]
    public async Task Service_show_of_an_unknown_service_exits_3_and_says_how_to_list_services()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "service", "show", "nobody");

        Assert.True(result.ExitCode == ExitCodes.NotFound, result.ToString());
        Assert.Contains("No monitored service is named 'nobody'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("maiev services", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_show_with_an_invalid_name_exits_2_without_asking_the_node()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "service", "show", "../cluster");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("'../cluster' is not a valid service name", result.Error, StringComparison.Ordinal);
        Assert.Empty(node.Requests);
    }
}
