namespace Maiev.Runtime.Configuration;

/// <summary>How <see cref="Config.Resolve(ConfigResolveOptions?)"/> treats substitutions it cannot find in the config.</summary>
public sealed record ConfigResolveOptions
{
    /// <summary>No external sources: an undefined <c>${x}</c> is an error.</summary>
    public static ConfigResolveOptions Default { get; } = new();

    /// <summary>
    /// When set, a substitution not found in the config is looked up here by its path expression
    /// (<c>${HOME}</c> reads <c>HOME</c>). A path set to null in the config is never looked up.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Falls back to <paramref name="environment"/>, or to the process environment when null.</summary>
    public static ConfigResolveOptions WithEnvironment(IReadOnlyDictionary<string, string>? environment = null) =>
        new() { Environment = environment ?? ProcessEnvironment() };

    /// <summary>The process environment as a dictionary.</summary>
    public static IReadOnlyDictionary<string, string> ProcessEnvironment()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
                result[key] = value;
        }

        return result;
    }
}
