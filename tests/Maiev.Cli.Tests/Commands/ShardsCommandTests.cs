using System.Text.Json;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Commands;

public sealed class ShardsCommandTests
{
    [Fact]
    public async Task Shards_lists_each_shard_with_owner_state_and_services()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "shards");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Matches(@"17\s+node-7f3a\s+owned\s+orders-consumer", result.Out);
        Assert.Matches(@"42\s+-\s+unowned\s+billing-worker", result.Out);
        Assert.Contains("64 shards, 1 without an owner.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shards_with_json_output_prints_the_nodes_json()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "shards", "-o", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(64, json.RootElement.GetProperty("shardCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("shards")[2].GetProperty("owner").ValueKind);
    }
}
