using System.Text.Json;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Commands;

public sealed class ServicesCommandTests
{
    [Fact]
    public async Task Services_lists_replicas_bounds_probe_last_decision_and_image()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "services");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Matches(@"orders-consumer\s+3/3\s+1-10\s+no\s+ok\s+2→3 scale_up: rules:slow true for 31s \(rmq:latency 4.2 > 2\)\s+127.0.0.1:5052/orders:1.4.2@sha256:9b1ec0", result.Out);
        Assert.Matches(@"billing-worker\s+\?/2\s+2-4\s+yes, held at 2\s+unavailable\s+-\s+127.0.0.1:5052/billing", result.Out);
    }

    [Fact]
    public async Task Services_with_json_output_prints_the_nodes_json()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "services", "--output", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var names = json.RootElement.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["billing-worker", "orders-consumer"], names);
    }

    [Fact]
    public async Task Services_when_none_is_monitored_says_how_to_register_one()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        node.Services.Clear();

        var result = await CliRun.AgainstAsync(node, "services");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("maiev monitor docker NAME --spec FILE", result.Out, StringComparison.Ordinal);
    }
}
