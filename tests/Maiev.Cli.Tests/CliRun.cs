using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests;

/// <summary>What one run of the console produced.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}

/// <summary>Runs the real command pipeline in-process with captured stdout/stderr and a given environment.</summary>
internal static class CliRun
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(45);

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), interactive: false, args);

    public static Task<CliResult> AgainstAsync(FakeNode.FakeNode node, params string[] args) =>
        RunAsync(new Dictionary<string, string>(), interactive: false, [.. args, "--node", node.Url.ToString()]);

    public static async Task<CliResult> RunAsync(
        IReadOnlyDictionary<string, string> variables,
        bool interactive,
        string[] args,
        TimeSpan? requestTimeout = null,
        CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(
            TextWriter.Synchronized(output),
            TextWriter.Synchronized(error),
            name => variables.TryGetValue(name, out var value) ? value : null,
            interactive,
            TimeProvider.System,
            HandleCtrlC: false)
        {
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(30),
        };

        var run = Program.RunAsync(args, environment, cancellationToken);
        var finished = await Task.WhenAny(run, Task.Delay(Deadline, CancellationToken.None));
        Assert.True(finished == run, $"maiev {string.Join(' ', args)} did not finish within {Deadline.TotalSeconds} s; stdout so far:\n{output}\nstderr:\n{error}");
        var exitCode = await run;
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
