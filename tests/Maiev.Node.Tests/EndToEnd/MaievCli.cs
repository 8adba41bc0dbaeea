using Maiev.Cli.Infrastructure;
using Maiev.Node.Tests.Node;

namespace Maiev.Node.Tests.EndToEnd;

/// <summary>The real <c>maiev</c> console, in-process (<c>Program.RunAsync</c>), pointed at a test node; output captured.</summary>
internal static class MaievCli
{
    /// <summary>Runs <c>maiev ARGS --node URL</c> and returns its exit code and what it printed.</summary>
    public static async Task<CliRun> RunAsync(TestNode node, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(
            TextWriter.Synchronized(output),
            TextWriter.Synchronized(error),
            _ => null,
            Interactive: false,
            TimeProvider.System,
            HandleCtrlC: false);
        var code = await Maiev.Cli.Program.RunAsync([.. args, "--node", node.Url.ToString()], environment, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(90));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
