using System.Text.Json;
using Maiev.Cli.Contract;
using Maiev.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Maiev.Cli.Rendering;

/// <summary>
/// Prints results in the chosen <see cref="OutputFormat"/>: Spectre tables on stdout for people
/// (no colours or live updates unless stdout is a terminal), the node's JSON for scripts.
/// Text from the node is never interpreted as Spectre markup.
/// </summary>
internal sealed class Renderer
{
    private readonly CliEnvironment _environment;
    private IAnsiConsole? _console;

    /// <summary>Creates a renderer writing to the environment's stdout.</summary>
    public Renderer(CliEnvironment environment, OutputFormat format)
    {
        _environment = environment;
        Format = format;
    }

    /// <summary>The format chosen with <c>--output</c>.</summary>
    public OutputFormat Format { get; }

    /// <summary>Whether the output is JSON.</summary>
    public bool IsJson => Format == OutputFormat.Json;

    /// <summary>Whether a person watches a terminal (live view, colours).</summary>
    public bool Interactive => _environment.Interactive;

    /// <summary>The Spectre console over stdout.</summary>
    public IAnsiConsole Console => _console ??= CreateConsole();

    /// <summary>Writes a JSON value indented (one document).</summary>
    public void WriteJson(JsonElement element) =>
        _environment.Out.WriteLine(JsonSerializer.Serialize(element, ContractJson.Indented));

    /// <summary>Writes a value as one compact JSON line (follow mode).</summary>
    public void WriteJsonLine<T>(T value)
    {
        _environment.Out.WriteLine(JsonSerializer.Serialize(value, ContractJson.Compact));
        _environment.Out.Flush();
    }

    /// <summary>Writes a plain line of text.</summary>
    public void Line(string text)
    {
        _environment.Out.WriteLine(text);
        _environment.Out.Flush();
    }

    /// <summary>Writes a Spectre renderable.</summary>
    public void Write(IRenderable renderable) => Console.Write(renderable);

    /// <summary>A table with the given column headers and the house look.</summary>
    public static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        return table;
    }

    /// <summary>A two-column key/value grid.</summary>
    public static Grid Facts(params (string Key, string? Value)[] facts)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var (key, value) in facts)
        {
            grid.AddRow(new Text(key + ":"), Cell(value));
        }

        return grid;
    }

    /// <summary>A cell showing <paramref name="text"/> literally, or "-" for nothing.</summary>
    public static Text Cell(string? text) => new(string.IsNullOrEmpty(text) ? "-" : text);

    private IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_environment.Out),
            Ansi = _environment.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = _environment.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = _environment.Interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!_environment.Interactive)
        {
            // Redirected output has no width; keep rows whole for grep and scripts.
            console.Profile.Width = 240;
        }

        return console;
    }
}
