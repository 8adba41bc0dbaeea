using System.CommandLine;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Commands;

/// <summary><c>maiev resume NAME</c>: restarts automatic scaling and ends any manual hold (<c>POST /services/{name}/resume</c>).</summary>
internal static class ResumeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext cli)
    {
        var name = ServiceName.Argument();
        var command = new Command("resume", "Resume automatic scaling of a service and end any manual hold.") { name };
        command.SetNodeAction(cli, (context, cancellationToken) => ServicePost.RunAsync(
            context,
            context.ParseResult.GetRequiredValue(name),
            "resume",
            body: null,
            s => $"Resumed automatic scaling of '{s.Name}'.",
            cancellationToken));
        return command;
    }
}
