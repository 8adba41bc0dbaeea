namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>A value concatenation that contains at least one substitution; joined at resolution.</summary>
internal sealed class ConfigConcatenation : ConfigValue
{
    public ConfigConcatenation(IReadOnlyList<ConfigValue> pieces, ConfigOrigin origin)
        : base(origin) => Pieces = pieces;

    public IReadOnlyList<ConfigValue> Pieces { get; }

    public override ConfigValueType ValueType => ConfigValueType.Unresolved;

    public override bool IsResolved => false;

    internal override ConfigValue WithOrigin(ConfigOrigin origin) => new ConfigConcatenation(Pieces, origin);
}
