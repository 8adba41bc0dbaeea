using System.Text.Json;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Commands;

public sealed class ConfigPrintCommandTests
{
    [Fact]
    public async Task Config_print_prints_one_path_per_line_with_secrets_masked()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "config", "print");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("# node node-7f3a, from reference.conf < hocon/embedded.conf < environment", result.Out, StringComparison.Ordinal);
        Assert.Contains("# masked: maiev.admin.token, maiev.rabbitmq.password", result.Out, StringComparison.Ordinal);
        Assert.Contains("maiev.http.port = 5080", result.Out, StringComparison.Ordinal);
        Assert.Contains("maiev.admin.token = \"***\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("maiev.persistence.snapshot-every = 100", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_print_with_json_output_prints_the_nodes_json()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.AgainstAsync(node, "config", "print", "--output", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(5080, json.RootElement.GetProperty("config").GetProperty("maiev").GetProperty("http").GetProperty("port").GetInt32());
    }
}
