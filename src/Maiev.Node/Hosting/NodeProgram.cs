using System.Collections;
using Maiev.Runtime.Configuration;

namespace Maiev.Node.Hosting;

/// <summary>
/// <c>dotnet run --project src/Maiev.Node [-- --config FILE]</c>: loads the configuration, starts the node, prints where
/// it listens, runs until SIGTERM or Ctrl+C and stops gracefully. Exit codes: 0 after a graceful stop, 2 for a bad
/// command line or configuration or a refusal to start (e.g. exposed without a token), 1 for an unexpected failure.
/// </summary>
internal static class NodeProgram
{
    /// <summary>Runs the node until it is stopped.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IDictionary environment, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        string? file = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--config" when i + 1 < args.Count:
                    file = args[++i];
                    break;
                case "--help" or "-h":
                    await stdout.WriteLineAsync("usage: Maiev.Node [--config FILE]   (default hocon/embedded.conf; MAIEV__SECTION__KEY overrides any key)").ConfigureAwait(false);
                    return 0;
                default:
                    await stderr.WriteLineAsync($"maiev node: unknown argument '{args[i]}'; usage: Maiev.Node [--config FILE]").ConfigureAwait(false);
                    return 2;
            }
        }

        NodeSettings settings;
        Config config;
        try
        {
            config = MaievConfig.Load(file, environment);
            settings = NodeSettings.FromConfig(config, name => environment[name] as string);
        }
        catch (Exception e) when (e is ConfigException or ArgumentException or IOException)
        {
            await stderr.WriteLineAsync($"maiev node: configuration error: {e.Message}").ConfigureAwait(false);
            return 2;
        }

        var origins = new List<string> { "reference.conf", file ?? MaievConfig.DefaultFile };
        if (environment.Keys.OfType<string>().Any(k => k.StartsWith("MAIEV__", StringComparison.Ordinal)))
        {
            origins.Add("environment");
        }

        MaievNode node;
        try
        {
            node = await MaievNode.StartAsync(settings, config, new NodeStartOptions { Out = stdout, Origins = origins }, ct).ConfigureAwait(false);
        }
        catch (NodeStartupException e)
        {
            await stderr.WriteLineAsync($"maiev node: {e.Message}").ConfigureAwait(false);
            return 2;
        }

        foreach (var line in node.Describe())
        {
            await stdout.WriteLineAsync(line).ConfigureAwait(false);
        }

        await node.WaitForShutdownAsync(ct).ConfigureAwait(false);
        await stdout.WriteLineAsync("maiev node stopped").ConfigureAwait(false);
        return 0;
    }
}
