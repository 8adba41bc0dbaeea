using System.CommandLine;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Commands;

/// <summary><c>maiev pause NAME</c>: stops automatic scaling; probing and history go on (<c>POST /services/{name}/pause</c>).</summary>
internal static class PauseCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext cli)
    {
        var name = ServiceName.Argument();
        var command = new Command("pause", "Pause automatic scaling of a service (replicas stay as they are).") { name };
        command.SetNodeAction(cli, (context, cancellationToken) => ServicePost.RunAsync(
            context,
            context.ParseResult.GetRequiredValue(name),
            "pause",
            body: null,
            s => $"Paused automatic scaling of '{s.Name}'; replicas stay at {s.Replicas.Desired} until 'maiev resume {s.Name}'.",
            cancellationToken));
        return command;
    }
}
