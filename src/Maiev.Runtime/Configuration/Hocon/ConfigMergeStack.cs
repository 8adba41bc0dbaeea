namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>
/// Duplicate definitions of one field that cannot be merged before resolution because some are
/// unresolved. <see cref="Items"/> is newest first; a self-reference in item <c>i</c> sees the merge
/// of the items below it.
/// </summary>
internal sealed class ConfigMergeStack : ConfigValue
{
    public ConfigMergeStack(IReadOnlyList<ConfigValue> items, ConfigOrigin origin)
        : base(origin) => Items = items;

    public IReadOnlyList<ConfigValue> Items { get; }

    public override ConfigValueType ValueType => ConfigValueType.Unresolved;

    public override bool IsResolved => false;

    internal override ConfigValue WithOrigin(ConfigOrigin origin) => new ConfigMergeStack(Items, origin);
}
