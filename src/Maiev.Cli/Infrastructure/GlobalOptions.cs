using System.CommandLine;

namespace Maiev.Cli.Infrastructure;

/// <summary>The options every command takes: where the node is, how to authenticate, how to print.</summary>
internal sealed class GlobalOptions
{
    /// <summary><c>--node URL</c>; default <c>MAIEV_NODE</c>, then http://127.0.0.1:5080.</summary>
    public Option<string?> Node { get; } = new("--node")
    {
        Description = "The node's URL (default: $MAIEV_NODE, else http://127.0.0.1:5080).",
        HelpName = "URL",
        Recursive = true,
    };

    /// <summary><c>--token-file FILE</c>; default <c>MAIEV_TOKEN</c>. The token is never printed.</summary>
    public Option<string?> TokenFile { get; } = new("--token-file")
    {
        Description = "A file holding the node's admin token (default: $MAIEV_TOKEN). The token is never printed.",
        HelpName = "FILE",
        Recursive = true,
    };

    /// <summary><c>--output table|json</c>.</summary>
    public Option<OutputFormat> Output { get; } = new("--output", "-o")
    {
        Description = "table for people (default), json for scripts.",
        HelpName = "table|json",
        Recursive = true,
    };

    /// <summary>Adds the options to the root command (they apply to every subcommand).</summary>
    public void AddTo(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Options.Add(Node);
        root.Options.Add(TokenFile);
        root.Options.Add(Output);
    }
}
