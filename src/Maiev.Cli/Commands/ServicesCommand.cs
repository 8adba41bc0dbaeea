using System.CommandLine;
using Maiev.Cli.Contract;
using Maiev.Cli.Infrastructure;
using Maiev.Cli.Rendering;

namespace Maiev.Cli.Commands;

/// <summary><c>maiev services</c>: every monitored service in brief (<c>GET /services</c>).</summary>
internal static class ServicesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext cli)
    {
        var command = new Command("services", "List the monitored services: replicas, bounds, probe, last decision, image.");
        command.SetNodeAction(cli, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (list, json) = await context.Node.GetAsync<ServiceList>("services", cancellationToken).ConfigureAwait(false);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(json);
        }
        else if (list.Services.Count == 0)
        {
            context.Output.Line("No service is monitored. Register one with 'maiev monitor docker NAME --spec FILE'.");
        }
        else
        {
            context.Output.Write(ServiceViews.List(list.Services));
        }

        return ExitCodes.Ok;
    }
}
