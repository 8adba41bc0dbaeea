using System.Text.Json;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Commands;

public sealed class ResumeCommandTests
{
    [Fact]
    public async Task Resume_resumes_and_clears_the_hold()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "resume", "billing-worker");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Resumed automatic scaling of 'billing-worker'.", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"paused:\s+no", result.Out);
        Assert.Matches(@"hold:\s+-", result.Out);
    }

    [Fact]
    public async Task Resume_with_json_output_prints_the_nodes_summary()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "resume", "billing-worker", "-o", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.False(json.RootElement.GetProperty("paused").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("hold").ValueKind);
    }

    [Fact]
    public async Task Resume_of_an_unknown_service_exits_3()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "resume", "nobody");

        Assert.True(result.ExitCode == ExitCodes.NotFound, result.ToString());
    }
}
