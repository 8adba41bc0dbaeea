using System.Text.Json;
using Maiev.Cli.Infrastructure;
using Maiev.Cli.Tests.FakeNode;

namespace Maiev.Cli.Tests.Commands;

public sealed class EventsCommandTests
{
    [Fact]
    public async Task Events_shows_the_latest_events_oldest_first()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "events", "orders-consumer", "--limit", "5");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal("/api/v1/services/orders-consumer/events?limit=5", Assert.Single(node.Requests).PathAndQuery);
        Assert.DoesNotContain("(event 36)", result.Out, StringComparison.Ordinal);
        var first = result.Out.IndexOf("(event 37)", StringComparison.Ordinal);
        var last = result.Out.IndexOf("(event 41)", StringComparison.Ordinal);
        Assert.True(first >= 0 && last > first, result.ToString());
        Assert.Matches(@"41\s+2026-11-22 03:00:41Z\s+decision\s+ScaleDecided\s+2 → 3", result.Out);
    }

    [Fact]
    public async Task Events_with_json_output_prints_the_page_with_next_and_lastSeq()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "events", "orders-consumer", "-n", "2", "-o", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal([40L, 41L], json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()));
        Assert.Equal(41, json.RootElement.GetProperty("lastSeq").GetInt64());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Events_of_a_service_without_history_says_so()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "events", "billing-worker");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("'billing-worker' has no events yet.", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("all")]
    public async Task Events_with_a_bad_limit_exits_2_without_asking_the_node(string limit)
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "events", "orders-consumer", "--limit", limit);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"--limit must be a whole number from 1 to 500, not '{limit}'.", result.Error, StringComparison.Ordinal);
        Assert.Empty(node.Requests);
    }

    [Fact]
    public async Task Events_follow_prints_history_then_the_stream_once_each_until_the_node_closes_it()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        Script(node);

        var result = await CliRun.AgainstAsync(node, "events", "orders-consumer", "--follow", "--limit", "2");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Collection(
            lines,
            l => Assert.Contains("#40  scale     ScaleApplied", l, StringComparison.Ordinal),
            l => Assert.Contains("#41  decision  ScaleDecided", l, StringComparison.Ordinal),
            l => Assert.Contains("status    replicas 3/4  waiting 250  latency 1.5s  probe ok", l, StringComparison.Ordinal),
            l => Assert.Contains("#42  scale     ScaleApplied", l, StringComparison.Ordinal),
            l => Assert.Contains("#43  upgrade   UpgradeCompleted: now runs orders:1.5.0", l, StringComparison.Ordinal),
            l => Assert.Contains("status    replicas 4/4  waiting 0", l, StringComparison.Ordinal));
        Assert.Contains("The node closed the event stream", result.Error, StringComparison.Ordinal);
        Assert.Contains(node.Requests, r => r.PathAndQuery == "/api/v1/stream?service=orders-consumer");
    }

    [Fact]
    public async Task Events_follow_with_json_output_prints_one_json_object_per_line()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        Script(node);

        var result = await CliRun.AgainstAsync(node, "events", "orders-consumer", "--follow", "--limit", "1", "--output", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var events = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (e.GetProperty("event").GetString(), e.GetProperty("data").TryGetProperty("seq", out var seq) ? seq.GetInt64() : 0))
            .ToArray();
        Assert.Equal([("decision", 41L), ("status", 0L), ("scale", 42L), ("upgrade", 43L), ("status", 0L)], events);
    }

    [Fact]
    public async Task Events_follow_on_a_terminal_shows_the_live_view_with_replicas_and_events()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        Script(node);

        var result = await CliRun.RunAsync(
            new Dictionary<string, string>(),
            interactive: true,
            ["events", "orders-consumer", "--follow", "--limit", "3", "--node", node.Url.ToString()]);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("orders-consumer: live (Ctrl+C to stop)", result.Out, StringComparison.Ordinal);
        Assert.Contains("4/4 (observed/desired)", result.Out, StringComparison.Ordinal);
        Assert.Contains("UpgradeCompleted: now runs orders:1.5.0 (event 43)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_follow_of_an_unknown_service_exits_3()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "events", "nobody", "--follow");

        Assert.True(result.ExitCode == ExitCodes.NotFound, result.ToString());
    }

    private static void Script(FakeNode.FakeNode node)
    {
        node.StreamScript.Add(("decision", FakeNodeData.Event("orders-consumer", 41, "decision")));
        node.StreamScript.Add(("status", FakeNodeData.Status("orders-consumer", 3, 4, 250)));
        node.StreamScript.Add(("scale", FakeNodeData.Event("orders-consumer", 42, "scale")));
        node.StreamScript.Add(("upgrade", FakeNodeData.Event("orders-consumer", 43, "upgrade")));
        node.StreamScript.Add(("status", FakeNodeData.Status("orders-consumer", 4, 4, 0)));
    }
}
