namespace Maiev.Runtime.Configuration;

/// <summary>An immutable list of values.</summary>
public sealed class ConfigList : ConfigValue
{
    /// <summary>Creates a list.</summary>
    public ConfigList(IReadOnlyList<ConfigValue> items, ConfigOrigin? origin = null)
        : base(origin ?? ConfigOrigin.Code)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        var resolved = true;
        for (var i = 0; i < items.Count && resolved; i++)
            resolved = items[i].IsResolved;
        IsResolved = resolved;
    }

    /// <summary>The elements in order.</summary>
    public IReadOnlyList<ConfigValue> Items { get; }

    /// <inheritdoc />
    public override ConfigValueType ValueType => ConfigValueType.List;

    /// <inheritdoc />
    public override bool IsResolved { get; }

    internal override ConfigValue WithOrigin(ConfigOrigin origin) => new ConfigList(Items, origin);
}
