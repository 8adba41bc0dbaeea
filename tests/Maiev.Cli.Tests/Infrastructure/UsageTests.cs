using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Infrastructure;

public sealed class UsageTests
{
    [Fact]
    public async Task No_command_exits_2_and_points_at_help()
    {
        var result = await CliRun.RunAsync();

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("hint: run 'maiev --help' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_exits_2()
    {
        var result = await CliRun.RunAsync("scael", "x", "3");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("scael", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_output_format_exits_2()
    {
        var result = await CliRun.RunAsync("services", "--output", "yaml");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("'yaml'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_argument_exits_2_and_names_the_command()
    {
        var result = await CliRun.RunAsync("scale", "orders-consumer");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("hint: run 'maiev scale --help' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_command_and_the_exit_codes()
    {
        var result = await CliRun.RunAsync("--help");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        foreach (var command in new[] { "cluster", "shards", "services", "service", "monitor", "unmonitor", "scale", "pause", "resume", "events", "actors", "config" })
        {
            Assert.Matches($@"(?m)^\s+{command}\s", result.Out);
        }

        Assert.Contains("4 node unreachable", result.Out, StringComparison.Ordinal);
    }
}
