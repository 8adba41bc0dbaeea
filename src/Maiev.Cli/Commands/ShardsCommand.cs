using System.CommandLine;
using System.Globalization;
using Maiev.Cli.Contract;
using Maiev.Cli.Infrastructure;
using Maiev.Cli.Rendering;
using Spectre.Console;

namespace Maiev.Cli.Commands;

/// <summary><c>maiev shards</c>: every shard, its owner and its services (<c>GET /shards</c>).</summary>
internal static class ShardsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext cli)
    {
        var command = new Command("shards", "List the shards, the node owning each and the services in it.");
        command.SetNodeAction(cli, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (shards, json) = await context.Node.GetAsync<ShardList>("shards", cancellationToken).ConfigureAwait(false);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(json);
            return ExitCodes.Ok;
        }

        var table = Renderer.Table("SHARD", "OWNER", "STATE", "SERVICES");
        foreach (var s in shards.Shards)
        {
            table.AddRow(
                Renderer.Cell(s.Shard.ToString(CultureInfo.InvariantCulture)),
                Renderer.Cell(s.Owner),
                Renderer.Cell(s.State),
                Renderer.Cell(string.Join(", ", s.Services)));
        }

        context.Output.Write(table);
        var unowned = shards.Shards.Count(s => s.Owner is null);
        context.Output.Line($"{shards.ShardCount} shards, {unowned} without an owner.");
        return ExitCodes.Ok;
    }
}
