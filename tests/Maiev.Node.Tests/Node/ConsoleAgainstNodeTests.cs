using System.Text.Json;
using Maiev.Cli.Infrastructure;
using Maiev.TestKit.Servers;

namespace Maiev.Node.Tests.Node;

/// <summary>The real <c>maiev</c> console (in-process) against the real node: the contract holds end to end.</summary>
public sealed class ConsoleAgainstNodeTests
{
    [Fact]
    public async Task Console_monitors_lists_shows_and_scales_through_the_real_node()
    {
        // Arrange
        await using var node = await TestNode.StartAsync(env => env["MAIEV__HTTP__TOKEN"] = "console-token");
        var name = Unique.Name("cli-svc");
        var specFile = Path.Combine(node.DataDir, "scale.json");
        await File.WriteAllTextAsync(specFile, TestNode.Spec("q-" + name, min: 1, max: 4));

        // Act
        var monitor = await RunAsync(node, "monitor", "docker", name, "--spec", specFile);
        var services = await RunAsync(node, "services", "--output", "json");
        var show = await RunAsync(node, "service", "show", name);
        var scale = await RunAsync(node, "scale", name, "9");
        var cluster = await RunAsync(node, "cluster", "show");
        var noToken = await RunWithTokenAsync(node, null, ["services"]);

        // Assert
        Assert.True(monitor.Code == 0, monitor.ToString());
        Assert.True(services.Code == 0, services.ToString());
        Assert.Contains(JsonDocument.Parse(services.Out).RootElement.GetProperty("services").EnumerateArray(), s => s.GetProperty("name").GetString() == name);
        Assert.True(show.Code == 0, show.ToString());
        Assert.Contains(name, show.Out, StringComparison.Ordinal);
        Assert.NotEqual(0, scale.Code);
        Assert.Contains("above max (4)", scale.Out + scale.Error, StringComparison.Ordinal);
        Assert.True(cluster.Code == 0, cluster.ToString());
        Assert.Contains("journal", cluster.Out, StringComparison.Ordinal);
        Assert.NotEqual(0, noToken.Code);
    }

    private static Task<Run> RunAsync(TestNode node, params string[] args) => RunWithTokenAsync(node, "console-token", args);

    private static async Task<Run> RunWithTokenAsync(TestNode node, string? token, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(
            TextWriter.Synchronized(output),
            TextWriter.Synchronized(error),
            name => name == "MAIEV_TOKEN" ? token : null,
            false,
            TimeProvider.System,
            HandleCtrlC: false);
        var code = await Maiev.Cli.Program.RunAsync([.. args, "--node", node.Url.ToString()], environment, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(60));
        return new Run(code, output.ToString(), error.ToString());
    }

    private sealed record Run(int Code, string Out, string Error)
    {
        public override string ToString() => $"exit {Code}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
    }
}
