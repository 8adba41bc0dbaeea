namespace Maiev.Runtime.Configuration;

/// <summary>The JSON-compatible type of a configuration value.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names are the JSON types they stand for.")]
public enum ConfigValueType
{
    /// <summary>An object (a map of keys to values).</summary>
    Object,

    /// <summary>An array.</summary>
    List,

    /// <summary>A string.</summary>
    String,

    /// <summary>A number (integer or floating point).</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>null.</summary>
    Null,

    /// <summary>A substitution, a concatenation containing one, or a merge of such: only before <see cref="Config.Resolve"/>.</summary>
    Unresolved,
}
