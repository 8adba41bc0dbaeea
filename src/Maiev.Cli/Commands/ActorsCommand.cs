using System.CommandLine;
using Maiev.Cli.Contract;
using Maiev.Cli.Infrastructure;
using Maiev.Cli.Rendering;
using Spectre.Console;

namespace Maiev.Cli.Commands;

/// <summary><c>maiev actors</c>: the node's actor tree with mailbox depths and restarts (<c>GET /actors</c>).</summary>
internal static class ActorsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext cli)
    {
        var command = new Command("actors", "Show the node's actor tree: type, mailbox depth and restarts of each actor.");
        command.SetNodeAction(cli, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (tree, json) = await context.Node.GetAsync<ActorTree>("actors", cancellationToken).ConfigureAwait(false);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(json);
            return ExitCodes.Ok;
        }

        var root = new Tree(Label(tree.Root, tree.Root.Path + $" on {tree.NodeId}"));
        Add(root.Nodes, tree.Root.Children);
        context.Output.Write(root);
        return ExitCodes.Ok;
    }

    private static void Add(List<TreeNode> into, IReadOnlyList<ActorNode> children)
    {
        foreach (var child in children)
        {
            var segment = child.Path[(child.Path.LastIndexOf('/') + 1)..];
            var node = new TreeNode(Label(child, segment));
            Add(node.Nodes, child.Children);
            into.Add(node);
        }
    }

    private static Text Label(ActorNode actor, string name) =>
        new($"{name}  {actor.Type}  mailbox {actor.Mailbox}  restarts {actor.Restarts}");
}
