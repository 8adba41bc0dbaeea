using System.Text.Json;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Commands;

public sealed class ActorsCommandTests
{
    [Fact]
    public async Task Actors_prints_the_tree_with_type_mailbox_and_restarts()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "actors");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("/user on node-7f3a  Guardian", result.Out, StringComparison.Ordinal);
        Assert.Contains("orders-consumer  ServiceActor  mailbox 1  restarts 0", result.Out, StringComparison.Ordinal);
        Assert.Contains("probe-rmq  QueueProbeActor  mailbox 0  restarts 2", result.Out, StringComparison.Ordinal);
        var service = result.Out.IndexOf("orders-consumer  ServiceActor", StringComparison.Ordinal);
        var probe = result.Out.IndexOf("probe-rmq", StringComparison.Ordinal);
        Assert.True(probe > service, "the probe is drawn under its service:\n" + result.Out);
    }

    [Fact]
    public async Task Actors_with_json_output_prints_the_nodes_json()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "actors", "-o", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("/user", json.RootElement.GetProperty("root").GetProperty("path").GetString());
    }
}
