using System.CommandLine;
using System.Globalization;
using Maiev.Cli.Contract;
using Maiev.Cli.Infrastructure;
using Maiev.Cli.Rendering;

namespace Maiev.Cli.Commands;

/// <summary>
/// <c>maiev events NAME [--follow] [--limit N]</c>: the latest N history events
/// (<c>GET /services/{name}/events?limit=N</c>); with <c>--follow</c> it then stays on the node's
/// live stream (<c>GET /stream?service=NAME</c>) until Ctrl+C or the node closes it.
/// </summary>
internal static class EventsCommand
{
    /// <summary>The largest page the contract allows.</summary>
    public const int MaxLimit = 500;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext cli)
    {
        var name = ServiceName.Argument();
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep watching: decisions, scaling, upgrades and faults as they happen, with live replicas and backlog." };
        var limit = new Option<int>("--limit", "-n")
        {
            Description = $"How many of the latest events to show first (1-{MaxLimit}).",
            HelpName = "N",
            DefaultValueFactory = _ => 20,
            CustomParser = CountArgument.Parser("--limit", 1, MaxLimit),
        };
        var command = new Command("events", "Show a service's history of decisions, scaling, upgrades and faults.") { name, follow, limit };
        command.SetNodeAction(cli, (context, cancellationToken) => RunAsync(
            context,
            context.ParseResult.GetRequiredValue(name),
            context.ParseResult.GetValue(limit),
            context.ParseResult.GetValue(follow),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string name, int limit, bool follow, CancellationToken cancellationToken)
    {
        var path = $"services/{ServiceName.Path(name)}/events?limit={limit.ToString(CultureInfo.InvariantCulture)}";
        var (page, json) = await context.Node.GetAsync<EventPage>(path, cancellationToken).ConfigureAwait(false);
        if (follow)
        {
            try
            {
                return await EventsFollower.FollowAsync(context, name, page, json, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C is how a person stops following, even while the stream is still opening.
                return ExitCodes.Ok;
            }
        }

        if (context.Output.IsJson)
        {
            context.Output.WriteJson(json);
        }
        else if (page.Events.Count == 0)
        {
            context.Output.Line($"'{name}' has no events yet.");
        }
        else
        {
            context.Output.Write(ServiceViews.Events(page.Events));
        }

        return ExitCodes.Ok;
    }
}
