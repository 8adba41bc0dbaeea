using System.CommandLine;
using System.Text.Json;
using Maiev.Cli.Contract;
using Maiev.Cli.Infrastructure;
using Maiev.Cli.Rendering;

namespace Maiev.Cli.Commands;

/// <summary><c>maiev config print</c>: the node's effective configuration, secrets masked (<c>GET /config</c>).</summary>
internal static class ConfigPrintCommand
{
    /// <summary>Creates <c>config</c> with its <c>print</c> subcommand.</summary>
    public static Command Create(CliContext cli)
    {
        var print = new Command("print", "Print the node's effective configuration (one 'path = value' per line; secrets shown as ***).");
        print.SetNodeAction(cli, RunAsync);
        return new Command("config", "The node's configuration.") { print };
    }

    private static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (config, json) = await context.Node.GetAsync<ConfigDocument>("config", cancellationToken).ConfigureAwait(false);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(json);
            return ExitCodes.Ok;
        }

        context.Output.Line($"# node {config.NodeId}, from {string.Join(" < ", config.Origins)}");
        if (config.Masked.Count > 0)
        {
            context.Output.Line($"# masked: {string.Join(", ", config.Masked)}");
        }

        foreach (var (path, value) in Flatten(config.Config, prefix: null))
        {
            context.Output.Line($"{path} = {value}");
        }

        return ExitCodes.Ok;
    }

    private static IEnumerable<(string Path, string Value)> Flatten(JsonElement element, string? prefix)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            yield return (prefix ?? "(root)", JsonSerializer.Serialize(element, ContractJson.Compact));
            yield break;
        }

        foreach (var property in element.EnumerateObject())
        {
            var key = property.Name.Contains('.', StringComparison.Ordinal) ? $"\"{property.Name}\"" : property.Name;
            var path = prefix is null ? key : $"{prefix}.{key}";
            foreach (var leaf in Flatten(property.Value, path))
            {
                yield return leaf;
            }
        }
    }
}
