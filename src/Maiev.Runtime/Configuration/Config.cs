using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Configuration;

/// <summary>
/// An immutable configuration tree with typed getters. Parse with <see cref="HoconParser"/>, layer with
/// <see cref="WithFallback"/>, then <see cref="Resolve"/> once before reading values that use
/// substitutions. Paths are HOCON path expressions (<c>maiev.http.port</c>, <c>a."b.c"</c>).
/// </summary>
public sealed partial class Config
{
    internal Config(ConfigObject root) => Root = root;

    /// <summary>An empty configuration.</summary>
    public static Config Empty { get; } = new(ConfigObject.Empty);

    /// <summary>The root object.</summary>
    public ConfigObject Root { get; }

    /// <summary>True when no substitution is left anywhere in the tree.</summary>
    public bool IsResolved => Root.IsResolved;

    /// <summary>
    /// Replaces every substitution with its value and returns the resolved configuration
    /// (this one when nothing is left to resolve).
    /// </summary>
    /// <param name="options">Where undefined substitutions may be looked up; by default nowhere.</param>
    /// <exception cref="ConfigResolveException">A substitution is undefined or part of a cycle (the message names it).</exception>
    /// <exception cref="ConfigWrongTypeException">A concatenation mixes kinds after substitution (e.g. a list and a string).</exception>
    public Config Resolve(ConfigResolveOptions? options = null) =>
        IsResolved ? this : new Config(Resolver.Resolve(Root, options ?? ConfigResolveOptions.Default));

    /// <summary>
    /// Layers this configuration over <paramref name="fallback"/>: keys here win, objects merge
    /// recursively. Substitutions stay unresolved until <see cref="Resolve"/>, so they see the merged tree.
    /// </summary>
    public Config WithFallback(Config fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new Config(ConfigMerge.MergeObjects(fallback.Root, Root));
    }

    /// <summary>True when <paramref name="path"/> exists and is not null (false when it runs through a non-object).</summary>
    /// <exception cref="ConfigResolveException">The path runs through an unresolved substitution.</exception>
    public bool HasPath(string path)
    {
        try
        {
            var value = Find(ConfigPath.Parse(path), path, out _);
            return value is not null && value.ValueType != ConfigValueType.Null;
        }
        catch (ConfigWrongTypeException)
        {
            return false;
        }
    }

    /// <summary>The value at <paramref name="path"/>.</summary>
    /// <exception cref="ConfigMissingException">The path is absent or null; the message names the full path.</exception>
    public ConfigValue GetValue(string path)
    {
        var value = Find(ConfigPath.Parse(path), path, out var origin);
        if (value is null)
            throw new ConfigMissingException($"no configuration value at '{path}'", origin, path);
        if (value.ValueType == ConfigValueType.Null)
            throw new ConfigMissingException($"the configuration value at '{path}' is null", value.Origin, path);
        return value;
    }

    /// <summary>The object at <paramref name="path"/> as a configuration of its own.</summary>
    /// <exception cref="ConfigMissingException">The path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">The value is not an object.</exception>
    public Config GetConfig(string path) => new(Expect<ConfigObject>(path, ConfigValueType.Object));

    /// <summary>This configuration as HOCON text, secrets masked unless <paramref name="maskSecrets"/> is false.</summary>
    public string ToHocon(bool maskSecrets = true) => ConfigRenderer.ToHocon(Root, maskSecrets);

    /// <summary>This (resolved) configuration as indented JSON, secrets masked unless <paramref name="maskSecrets"/> is false.</summary>
    /// <exception cref="ConfigResolveException">The configuration still contains substitutions.</exception>
    public string ToJson(bool maskSecrets = true) => ConfigRenderer.ToJson(Root, maskSecrets);

    /// <inheritdoc />
    public override string ToString() => ToHocon();

    private T Expect<T>(string path, ConfigValueType expected)
        where T : ConfigValue
    {
        var value = GetValue(path);
        return value as T ?? throw WrongType(path, value, ConfigValue.Describe(expected));
    }

    private static ConfigWrongTypeException WrongType(string path, ConfigValue found, string expected) =>
        new($"expected {expected} but found {ConfigValue.Describe(found.ValueType)}", found.Origin, path);

    private ConfigValue? Find(string[] elements, string path, out ConfigOrigin? lastOrigin)
    {
        ConfigValue current = Root;
        lastOrigin = Root.Origin;
        for (var i = 0; i < elements.Length; i++)
        {
            if (current.ValueType == ConfigValueType.Unresolved)
                throw NotResolved(current, path);
            if (current is not ConfigObject obj)
            {
                var at = ConfigPath.Render(elements[..i]);
                throw new ConfigWrongTypeException($"expected an object at '{at}' but found {ConfigValue.Describe(current.ValueType)}", current.Origin, path);
            }

            if (!obj.TryGetValue(elements[i], out var child))
                return null;
            current = child;
            lastOrigin = child.Origin;
        }

        if (current.ValueType == ConfigValueType.Unresolved)
            throw NotResolved(current, path);
        return current;
    }

    private static ConfigResolveException NotResolved(ConfigValue value, string path) =>
        new("the value contains a substitution: call Resolve() before reading it", value.Origin, path);
}
