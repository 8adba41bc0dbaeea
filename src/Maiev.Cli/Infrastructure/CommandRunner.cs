using System.CommandLine;
using System.Text.Json;
using Maiev.Cli.Http;
using Maiev.Cli.Rendering;

namespace Maiev.Cli.Infrastructure;

/// <summary>
/// Runs a command's body with a node client and a renderer, and turns every failure into its
/// documented exit code and a message on stderr that says what to do.
/// </summary>
internal static class CommandRunner
{
    /// <summary>Sets <paramref name="body"/> as the action of <paramref name="command"/>.</summary>
    public static void SetNodeAction(this Command command, CliContext cli, Func<CommandContext, CancellationToken, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(cli, parseResult, body, cancellationToken));
    }

    /// <summary>Writes an error, its itemised details and the hint to stderr.</summary>
    public static void Report(TextWriter error, CliException failure)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(failure);
        error.WriteLine($"error: {failure.Message}");
        foreach (var detail in failure.Details)
        {
            error.WriteLine($"  {detail}");
        }

        if (failure.Hint is not null)
        {
            error.WriteLine($"hint: {failure.Hint}");
        }

        error.Flush();
    }

    private static async Task<int> RunAsync(
        CliContext cli,
        ParseResult parseResult,
        Func<CommandContext, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken)
    {
        var environment = cli.Environment;
        try
        {
            var format = parseResult.GetValue(cli.Options.Output);
            var node = NodeAddress.Resolve(parseResult.GetValue(cli.Options.Node), environment);
            var token = NodeAddress.ResolveToken(parseResult.GetValue(cli.Options.TokenFile), environment);
            using var client = new NodeClient(node, token, environment);
            var context = new CommandContext(parseResult, client, new Renderer(environment, format), environment);
            return await body(context, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException failure)
        {
            Report(environment.Error, failure);
            return failure.ExitCode;
        }
        catch (JsonException e)
        {
            Report(environment.Error, new CliException(
                ExitCodes.Failure,
                $"the node's answer does not match the admin API contract: {e.Message}",
                "This console and the node may be of different versions; 'maiev --version' shows the console's."));
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            environment.Error.WriteLine("interrupted.");
            return ExitCodes.Interrupted;
        }
    }
}
