using System.CommandLine;
using System.Text.Json;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Commands;

/// <summary><c>maiev unmonitor NAME</c>: stops monitoring (<c>DELETE /services/{name}</c>); the Swarm service keeps running.</summary>
internal static class UnmonitorCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext cli)
    {
        var name = ServiceName.Argument();
        var command = new Command("unmonitor", "Stop monitoring a service. Its Swarm service keeps running at its current replicas.") { name };
        command.SetNodeAction(cli, (context, cancellationToken) => RunAsync(context, context.ParseResult.GetRequiredValue(name), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string name, CancellationToken cancellationToken)
    {
        await context.Node.SendAsync(HttpMethod.Delete, $"services/{ServiceName.Path(name)}", null, cancellationToken).ConfigureAwait(false);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(JsonSerializer.SerializeToElement(new { name, unmonitored = true }));
        }
        else
        {
            context.Output.Line($"Stopped monitoring '{name}'; its Swarm service keeps running with its current replicas.");
        }

        return ExitCodes.Ok;
    }
}
