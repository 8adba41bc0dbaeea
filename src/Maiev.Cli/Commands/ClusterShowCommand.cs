using System.CommandLine;
using Maiev.Cli.Contract;
using Maiev.Cli.Infrastructure;
using Maiev.Cli.Rendering;
using Spectre.Console;

namespace Maiev.Cli.Commands;

/// <summary><c>maiev cluster show</c>: the node, the members it sees, and its dependencies (<c>GET /cluster</c>).</summary>
internal static class ClusterShowCommand
{
    /// <summary>Creates <c>cluster</c> with its <c>show</c> subcommand.</summary>
    public static Command Create(CliContext cli)
    {
        var show = new Command("show", "Show the node answering, the cluster members and the state of each dependency.");
        show.SetNodeAction(cli, RunAsync);
        return new Command("cluster", "The cluster as the node sees it.") { show };
    }

    private static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (cluster, json) = await context.Node.GetAsync<ClusterInfo>("cluster", cancellationToken).ConfigureAwait(false);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(json);
            return ExitCodes.Ok;
        }

        context.Output.Write(Renderer.Facts(
            ("node", cluster.NodeId),
            ("mode", cluster.Mode),
            ("version", cluster.Version),
            ("started", $"{Formats.Time(cluster.StartedAt)} (up {Formats.Duration(TimeSpan.FromSeconds(cluster.UptimeSeconds))})"),
            ("shards", cluster.ShardCount.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var members = Renderer.Table("MEMBER", "ADDRESS", "STATUS", "SHARDS", "JOINED");
        foreach (var m in cluster.Members)
        {
            members.AddRow(
                Renderer.Cell(m.Self ? m.NodeId + " (this node)" : m.NodeId),
                Renderer.Cell(m.Address),
                Renderer.Cell(m.Status),
                Renderer.Cell(m.Shards.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Renderer.Cell(Formats.Time(m.JoinedAt)));
        }

        context.Output.Write(members);

        var dependencies = Renderer.Table("DEPENDENCY", "STATE", "SINCE", "DETAIL");
        foreach (var d in cluster.Dependencies)
        {
            dependencies.AddRow(Renderer.Cell(d.Name), Renderer.Cell(d.State), Renderer.Cell(Formats.Time(d.Since)), Renderer.Cell(d.Detail));
        }

        context.Output.Write(dependencies);
        return ExitCodes.Ok;
    }
}
