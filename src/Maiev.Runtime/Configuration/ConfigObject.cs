namespace Maiev.Runtime.Configuration;

/// <summary>An immutable object: keys in the order they were first written, mapped to values.</summary>
public sealed class ConfigObject : ConfigValue
{
    private readonly OrderedDictionary<string, ConfigValue> _fields;

    internal ConfigObject(OrderedDictionary<string, ConfigValue> fields, ConfigOrigin origin)
        : base(origin)
    {
        _fields = fields;
        var resolved = true;
        foreach (var value in fields.Values)
        {
            if (!value.IsResolved)
            {
                resolved = false;
                break;
            }
        }

        IsResolved = resolved;
    }

    /// <summary>An empty object.</summary>
    public static ConfigObject Empty { get; } = new(new OrderedDictionary<string, ConfigValue>(StringComparer.Ordinal), ConfigOrigin.Code);

    /// <summary>The fields, in the order their keys were first written.</summary>
    public IReadOnlyDictionary<string, ConfigValue> Fields => _fields;

    /// <inheritdoc />
    public override ConfigValueType ValueType => ConfigValueType.Object;

    /// <inheritdoc />
    public override bool IsResolved { get; }

    /// <summary>Looks up a direct child.</summary>
    public bool TryGetValue(string key, out ConfigValue value) => _fields.TryGetValue(key, out value!);

    internal override ConfigValue WithOrigin(ConfigOrigin origin) => new ConfigObject(_fields, origin);

    /// <summary>Builds an object from fields (the dictionary is taken over, not copied).</summary>
    internal static ConfigObject From(OrderedDictionary<string, ConfigValue> fields, ConfigOrigin origin) => new(fields, origin);

    /// <summary>A new, empty field map with the comparer every object uses.</summary>
    internal static OrderedDictionary<string, ConfigValue> NewFields() => new(StringComparer.Ordinal);

    /// <summary>A new, empty field map sized for <paramref name="capacity"/> fields, so filling it never regrows it.</summary>
    internal static OrderedDictionary<string, ConfigValue> NewFields(int capacity) => new(capacity, StringComparer.Ordinal);

    /// <summary>
    /// Wraps <paramref name="value"/> in nested objects for <paramref name="path"/>
    /// (<c>a.b = 1</c> is <c>a { b = 1 }</c>).
    /// </summary>
    internal static ConfigObject Nest(IReadOnlyList<string> path, ConfigValue value, ConfigOrigin origin) =>
        Nest(path, 0, value, origin);

    /// <summary>Like <see cref="Nest(IReadOnlyList{string}, ConfigValue, ConfigOrigin)"/> for the elements of <paramref name="path"/> from <paramref name="start"/> on.</summary>
    internal static ConfigObject Nest(IReadOnlyList<string> path, int start, ConfigValue value, ConfigOrigin origin)
    {
        var current = value;
        for (var i = path.Count - 1; i >= start; i--)
        {
            var fields = NewFields(1);
            fields[path[i]] = current;
            current = new ConfigObject(fields, origin);
        }

        return (ConfigObject)current;
    }
}
