namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>
/// <c>${path}</c> or <c>${?path}</c>. A substitution from an included file is first looked up at its
/// fixed-up <see cref="Path"/> (the include point plus the written path), then at <see cref="FallbackPath"/>.
/// </summary>
internal sealed class ConfigSubstitution : ConfigValue
{
    public ConfigSubstitution(string[] path, string[]? fallbackPath, bool optional, ConfigOrigin origin)
        : base(origin)
    {
        Path = path;
        FallbackPath = fallbackPath;
        Optional = optional;
    }

    public string[] Path { get; }

    public string[]? FallbackPath { get; }

    public bool Optional { get; }

    public override ConfigValueType ValueType => ConfigValueType.Unresolved;

    public override bool IsResolved => false;

    internal override ConfigValue WithOrigin(ConfigOrigin origin) => new ConfigSubstitution(Path, FallbackPath, Optional, origin);

    public override string ToString() => "${" + (Optional ? "?" : "") + ConfigPath.Render(FallbackPath ?? Path) + "}";
}
