using System.CommandLine;
using System.CommandLine.Invocation;
using Maiev.Cli.Commands;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli;

/// <summary>
/// The <c>maiev</c> console: the table of its commands (one file each under Commands/) and the
/// pipeline that runs them. Usage: docs/console.md; the API it talks to: docs/admin-api.md.
/// </summary>
internal static class Program
{
    private const string Description =
        "Operate a Maiev node through its admin API.\n" +
        "Exit codes: 0 ok, 1 other failure, 2 usage error, 3 not found, 4 node unreachable, " +
        "5 refused or invalid, 6 unauthorized, 130 interrupted.";

    /// <summary>Builds the command tree.</summary>
    public static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var cli = new CliContext(environment, new GlobalOptions());
        var root = new RootCommand(Description);
        cli.Options.AddTo(root);
        root.Subcommands.Add(ClusterShowCommand.Create(cli));   // cluster show
        root.Subcommands.Add(ShardsCommand.Create(cli));        // shards
        root.Subcommands.Add(ServicesCommand.Create(cli));      // services
        root.Subcommands.Add(ServiceShowCommand.Create(cli));   // service show NAME
        root.Subcommands.Add(MonitorCommand.Create(cli));       // monitor docker NAME [--spec FILE]
        root.Subcommands.Add(UnmonitorCommand.Create(cli));     // unmonitor NAME
        root.Subcommands.Add(ScaleCommand.Create(cli));         // scale NAME N [--hold DURATION]
        root.Subcommands.Add(PauseCommand.Create(cli));         // pause NAME
        root.Subcommands.Add(ResumeCommand.Create(cli));        // resume NAME
        root.Subcommands.Add(EventsCommand.Create(cli));        // events NAME [--follow] [--limit N]
        root.Subcommands.Add(ActorsCommand.Create(cli));        // actors
        root.Subcommands.Add(ConfigPrintCommand.Create(cli));   // config print
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code (never throws for bad input).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var parseResult = CreateRootCommand(environment).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                environment.Error.WriteLine($"error: {error.Message}");
            }

            var command = string.Join(' ', parseResult.CommandResult.Command.Name is "maiev" or "" ? [] : CommandPath(parseResult));
            environment.Error.WriteLine($"hint: run 'maiev {command}{(command.Length > 0 ? " " : string.Empty)}--help' for usage.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = environment.Out,
            Error = environment.Error,
            ProcessTerminationTimeout = environment.HandleCtrlC ? TimeSpan.FromSeconds(2) : null,
        };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    private static Task<int> Main(string[] args) => RunAsync(args, CliEnvironment.FromProcess(), CancellationToken.None);

    private static List<string> CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result?.Parent is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        return names;
    }
}
