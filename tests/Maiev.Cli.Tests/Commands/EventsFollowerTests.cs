using Maiev.Cli.Infrastructure;
using Maiev.Cli.Tests.FakeNode;

namespace Maiev.Cli.Tests.Commands;

public sealed class EventsFollowerTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Cancelling_a_follow_like_ctrl_c_ends_it_with_exit_code_0()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        node.StreamScript.Add(("scale", FakeNodeData.Event("orders-consumer", 42, "scale")));
        node.StreamEnd = StreamEnd.KeepOpen;
        using var ctrlC = new CancellationTokenSource();

        var run = CliRun.RunAsync(
            new Dictionary<string, string>(),
            interactive: false,
            ["events", "orders-consumer", "--follow", "--node", node.Url.ToString()],
            cancellationToken: ctrlC.Token);
        await WaitForStreamAsync(node);
        await ctrlC.CancelAsync();
        var result = await run;

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.DoesNotContain("closed the event stream", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_lost_mid_stream_exits_4_and_says_how_to_catch_up()
    {
        await using var node = new BrokenStreamNode(FakeNodeData.Event("orders-consumer", 42, "scale").ToJsonString());

        var result = await CliRun.RunAsync("events", "orders-consumer", "--follow", "--node", node.Url.ToString());

        Assert.True(result.ExitCode == ExitCodes.Unreachable, result.ToString());
        Assert.Contains("#42  scale", result.Out, StringComparison.Ordinal);
        Assert.True(result.Error.Contains("lost the connection to the node", StringComparison.Ordinal), result.ToString());
        Assert.Contains("'maiev events NAME' shows what was missed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_command_waiting_on_the_node_exits_130()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        node.Hang = true;
        using var ctrlC = new CancellationTokenSource();

        var run = CliRun.RunAsync(new Dictionary<string, string>(), false, ["services", "--node", node.Url.ToString()], cancellationToken: ctrlC.Token);
        await WaitForAsync(node, "/api/v1/services");
        await ctrlC.CancelAsync();
        var result = await run;

        Assert.True(result.ExitCode == ExitCodes.Interrupted, result.ToString());
        Assert.Contains("interrupted.", result.Error, StringComparison.Ordinal);
    }

    private static Task WaitForStreamAsync(FakeNode.FakeNode node) => WaitForAsync(node, "/api/v1/stream?service=orders-consumer");

    private static async Task WaitForAsync(FakeNode.FakeNode node, string pathAndQuery)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (!node.Requests.Any(r => r.PathAndQuery == pathAndQuery))
        {
            Assert.False(
                deadline.IsCancellationRequested,
                $"the console did not request {pathAndQuery} within {Deadline.TotalSeconds} s; requests seen: {string.Join(", ", node.Requests.Select(r => r.PathAndQuery))}");
            await Task.Delay(20, CancellationToken.None);
        }
    }
}
