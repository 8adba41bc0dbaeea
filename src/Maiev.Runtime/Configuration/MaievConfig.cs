using System.Collections;
using System.Reflection;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Configuration;

/// <summary>
/// Loads a node's configuration in layers, highest first: <c>MAIEV__*</c> environment overrides, then
/// the given file (default <c>hocon/embedded.conf</c>), then the <c>reference.conf</c> embedded in each
/// Maiev assembly. Substitutions resolve against the merged tree and then the environment.
/// </summary>
public static class MaievConfig
{
    /// <summary>The file loaded when none is given, relative to the working directory or the application.</summary>
    public const string DefaultFile = "hocon/embedded.conf";

    /// <summary>Suffix of the embedded default resources (<c>Maiev.Runtime.reference.conf</c>, ...).</summary>
    public const string ReferenceResourceSuffix = ".reference.conf";

    private static readonly string[] KnownAssemblies = ["Maiev.Runtime", "Maiev.Actors", "Maiev.Node"];

    /// <summary>Loads and resolves the configuration.</summary>
    /// <param name="file">A HOCON file; null loads <see cref="DefaultFile"/> when it exists (else only defaults).</param>
    /// <param name="environment">The environment, e.g. <see cref="Environment.GetEnvironmentVariables()"/>.</param>
    /// <param name="assemblies">Where to look for reference.conf; null means the Maiev assemblies that can be loaded.</param>
    /// <exception cref="ConfigException">A file is missing or invalid, or a substitution cannot be resolved.</exception>
    public static Config Load(string? file, IDictionary environment, IEnumerable<Assembly>? assemblies = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var overrides = EnvironmentOverrides.From(environment);
        var fileConfig = LoadFile(file);
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in EnvironmentOverrides.Entries(environment))
            env[name] = value;
        return overrides.WithFallback(fileConfig).WithFallback(References(assemblies))
            .Resolve(ConfigResolveOptions.WithEnvironment(env));
    }

    /// <summary>The merged reference.conf of <paramref name="assemblies"/> (or of the Maiev assemblies), unresolved.</summary>
    public static Config References(IEnumerable<Assembly>? assemblies = null)
    {
        var result = Config.Empty;
        foreach (var assembly in (assemblies ?? Discover()).DistinctBy(a => a.FullName).OrderBy(a => a.GetName().Name, StringComparer.Ordinal))
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.EndsWith(ReferenceResourceSuffix, StringComparison.Ordinal)))
            {
                var text = Parser.ReadResource(assembly, resource);
                result = result.WithFallback(HoconParser.Parse(text, $"{assembly.GetName().Name}:reference.conf"));
            }
        }

        return result;
    }

    private static Config LoadFile(string? file)
    {
        if (file is not null)
            return HoconParser.ParseFile(file);
        foreach (var candidate in new[] { Path.GetFullPath(DefaultFile), Path.Combine(AppContext.BaseDirectory, DefaultFile) })
        {
            if (File.Exists(candidate))
                return HoconParser.ParseFile(candidate);
        }

        return Config.Empty;
    }

    private static List<Assembly> Discover()
    {
        var found = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && KnownAssemblies.Contains(a.GetName().Name))
            .ToList();
        foreach (var name in KnownAssemblies.Where(n => found.All(a => a.GetName().Name != n)))
        {
            try
            {
                found.Add(Assembly.Load(name));
            }
            catch (FileNotFoundException)
            {
                // This application does not ship that project (e.g. the CLI without the node).
            }
        }

        return found;
    }
}
