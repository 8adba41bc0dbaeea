using System.Collections;

namespace Maiev.Runtime.Configuration;

/// <summary>
/// Environment variables that override configuration keys: <c>MAIEV__HTTP__PORT=9000</c> sets
/// <c>maiev.http.port</c>. Segments are separated by a double underscore, lower-cased, and a single
/// underscore becomes a hyphen (<c>MAIEV__RABBITMQ__AMQP_URI</c> sets <c>maiev.rabbitmq.amqp-uri</c>).
/// Values are strings; the typed getters convert them (<c>"9000"</c> reads as an int).
/// </summary>
public static class EnvironmentOverrides
{
    /// <summary>The prefix every override starts with (compared case-insensitively).</summary>
    public const string Prefix = "MAIEV__";

    /// <summary>The configuration path an environment variable overrides, or null when it is not an override.</summary>
    public static string? PathOf(string variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (!variable.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            return null;
        var segments = variable.Split("__");
        if (segments.Length < 2 || segments.Any(s => s.Length == 0))
            return null;
        return string.Join('.', segments.Select(s => ConfigPath.RenderKey(s.ToLowerInvariant().Replace('_', '-'))));
    }

    /// <summary>A configuration holding every override found in <paramref name="environment"/>.</summary>
    public static Config From(IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = ConfigObject.Empty;
        foreach (var (name, value) in Entries(environment).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (PathOf(name) is not { } path)
                continue;
            var origin = new ConfigOrigin($"env {name}", 0, 0);
            var nested = ConfigObject.Nest(ConfigPath.Parse(path), ConfigScalar.OfString(value, origin), origin);
            root = Hocon.ConfigMerge.MergeObjects(root, nested);
        }

        return new Config(root);
    }

    /// <summary>The string entries of a non-generic dictionary (works for Hashtable and Dictionary alike).</summary>
    internal static IEnumerable<(string Name, string Value)> Entries(IDictionary environment)
    {
        var e = environment.GetEnumerator();
        while (e.MoveNext())
        {
            if (e.Key is string name && e.Value is string value)
                yield return (name, value);
        }
    }
}
