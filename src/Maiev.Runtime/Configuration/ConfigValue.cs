namespace Maiev.Runtime.Configuration;

/// <summary>
/// An immutable configuration value: an object, a list, a scalar, or (before resolution)
/// a substitution or concatenation. Every value knows its <see cref="Origin"/>.
/// </summary>
public abstract class ConfigValue
{
    private protected ConfigValue(ConfigOrigin origin) => Origin = origin;

    /// <summary>Where the value was written.</summary>
    public ConfigOrigin Origin { get; }

    /// <summary>The value's type.</summary>
    public abstract ConfigValueType ValueType { get; }

    /// <summary>True when the value and everything inside it is free of substitutions.</summary>
    public abstract bool IsResolved { get; }

    /// <summary>A copy of this value with another origin (used to attach comments).</summary>
    internal abstract ConfigValue WithOrigin(ConfigOrigin origin);

    /// <summary>Describes the type for error messages ("a string", "an object", ...).</summary>
    internal static string Describe(ConfigValueType type) => type switch
    {
        ConfigValueType.Object => "an object",
        ConfigValueType.List => "a list",
        ConfigValueType.String => "a string",
        ConfigValueType.Number => "a number",
        ConfigValueType.Boolean => "a boolean",
        ConfigValueType.Null => "null",
        _ => "an unresolved substitution",
    };
}
