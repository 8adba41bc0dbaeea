using System.Text;
using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>Generates docs/configuration.md from the reference.conf files (keys, defaults, comments).</summary>
internal static class ConfigurationDocs
{
    public static readonly string[] Projects = ["Maiev.Runtime", "Maiev.Actors", "Maiev.Node"];

    public sealed record Key(string Path, string Default, string Meaning, string Project);

    public static string ReferencePath(string project) => Path.Combine(RepoPaths.Root, "src", project, "reference.conf");

    public static string DocsPath => Path.Combine(RepoPaths.Root, "docs", "configuration.md");

    /// <summary>Every leaf key of every reference.conf, in file order.</summary>
    public static List<Key> Keys()
    {
        var keys = new List<Key>();
        foreach (var project in Projects)
        {
            var config = HoconParser.ParseFile(ReferencePath(project)).Resolve();
            Walk(config.Root, [], project, keys);
        }

        return keys;
    }

    private static void Walk(ConfigValue value, List<string> path, string project, List<Key> keys)
    {
        if (value is ConfigObject o && o.Fields.Count > 0)
        {
            foreach (var (key, child) in o.Fields)
                Walk(child, [.. path, key], project, keys);
            return;
        }

        keys.Add(new Key(string.Join('.', path), Render(value), string.Join(' ', value.Origin.Comments), project));
    }

    /// <summary>Strings as they would be written in HOCON: bare when that reads the same (<c>5s</c>), else quoted.</summary>
    private static string Quote(string text) =>
        text.Length > 0 && !text.Contains("//", StringComparison.Ordinal) && text is not ("true" or "false" or "null" or "include")
        && !double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _)
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/')
            ? text
            : System.Text.Json.JsonSerializer.Serialize(text);

    private static string Render(ConfigValue value) => value switch
    {
        ConfigList l => "[" + string.Join(", ", l.Items.Select(Render)) + "]",
        ConfigScalar { ValueType: ConfigValueType.String } s => Quote(s.Text),
        ConfigScalar s => s.Text,
        _ => "{}",
    };

    public static string Render()
    {
        var sb = new StringBuilder();
        sb.Append(Intro);
        foreach (var section in Keys().GroupBy(k => string.Join('.', k.Path.Split('.').Take(2))).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append("\n## `").Append(section.Key).Append("`\n\n");
            sb.Append("| Key | Default | Meaning | Defined in |\n|---|---|---|---|\n");
            foreach (var key in section)
                sb.Append("| `").Append(key.Path).Append("` | `").Append(key.Default.Replace("|", "\\|", StringComparison.Ordinal))
                  .Append("` | ").Append(key.Meaning.Replace("|", "\\|", StringComparison.Ordinal)).Append(" | ").Append(key.Project).Append(" |\n");
        }

        return sb.ToString();
    }

    private const string Intro = """
        # Configuration

        <!-- Generated from src/*/reference.conf by tests/Maiev.Runtime.Tests/Configuration/ConfigurationDocsTests.cs.
             Do not edit by hand: change the comments in reference.conf, then run
             MAIEV_UPDATE_DOCS=1 dotnet test tests/Maiev.Runtime.Tests --filter ConfigurationDocs -->

        Maiev is configured in [HOCON](https://github.com/lightbend/config/blob/main/HOCON.md), a superset of JSON with
        comments, includes, substitutions (`${path}`, `${?optional}`), durations (`10s`, `5m`) and sizes (`512MiB`).
        A node builds its configuration from these layers, the first that sets a key wins:

        1. **Environment overrides**: `MAIEV__HTTP__PORT=9000` sets `maiev.http.port`. Segments are separated
           by a double underscore and lower-cased; a single underscore becomes a hyphen
           (`MAIEV__RABBITMQ__AMQP_URI` sets `maiev.rabbitmq.amqp-uri`). Values are strings; typed reads convert them.
        2. **The configuration file**: the one given to the node, by default `hocon/embedded.conf` (a single node
           with SQLite). `hocon/maiev.conf` is a cluster node with PostgreSQL, mounted by docker-compose.
        3. **Defaults**: the `reference.conf` embedded in Maiev.Runtime, Maiev.Actors and Maiev.Node (listed below).

        Substitutions resolve after the layers are merged, so a file can refer to a default, and a substitution
        not found in the configuration falls back to an environment variable of that name
        (`token = ${?MAIEV_HTTP_TOKEN}` keeps the default when the variable is unset).

        Secrets (keys named or ending in `token`, `password`, `secret` or `connection-string`, and any password inside
        a URI such as `amqp://user:pass@host`) are masked as `********` when the configuration is printed
        (`maiev config print`) and never appear in error messages.

        In code: `MaievConfig.Load(file, Environment.GetEnvironmentVariables())` returns the resolved `Config`;
        `builder.Configuration.AddHocon(config)` exposes it to ASP.NET Core options binding (`maiev:http:port`;
        hyphenated keys also bind without the hyphen, and durations bind to `TimeSpan`).

        Parser speed (`dotnet run -c Release --project bench/Maiev.Benchmarks -- hocon`, a generated 1 MB file with
        2,900 services, comments, substitutions and concatenations; 2 shared cores under load): parse + resolve
        takes about 30–40 ms of process CPU time once the code is compiled (goal: under 100 ms; System.Text.Json
        parses the equivalent JSON in about 1.1 ms, so the ratio is about 30x), and about 120–150 ms for the first
        parse in a process, which includes JIT compilation. CPU time is reported next to wall time because wall
        time on a loaded machine swings several-fold.

        """;
}
