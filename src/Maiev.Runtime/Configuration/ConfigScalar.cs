using System.Globalization;

namespace Maiev.Runtime.Configuration;

/// <summary>
/// A string, number, boolean or null. Numbers keep the text they were written with, so
/// <c>1.0</c> concatenates as <c>1.0</c>.
/// </summary>
public sealed class ConfigScalar : ConfigValue
{
    private ConfigScalar(ConfigOrigin origin, ConfigValueType type, string text, double number, bool isWhitespace)
        : base(origin)
    {
        ValueType = type;
        Text = text;
        Number = number;
        IsWhitespace = isWhitespace;
    }

    /// <inheritdoc />
    public override ConfigValueType ValueType { get; }

    /// <inheritdoc />
    public override bool IsResolved => true;

    /// <summary>The value as text: the string itself, the number as written, <c>true</c>/<c>false</c>, or <c>null</c>.</summary>
    public string Text { get; }

    /// <summary>The numeric value when <see cref="ValueType"/> is <see cref="ConfigValueType.Number"/>.</summary>
    public double Number { get; }

    /// <summary>True for whitespace between the parts of a value concatenation (kept only between strings).</summary>
    internal bool IsWhitespace { get; }

    /// <summary>Creates a string value.</summary>
    public static ConfigScalar OfString(string value, ConfigOrigin? origin = null) =>
        new(origin ?? ConfigOrigin.Code, ConfigValueType.String, value, 0, false);

    /// <summary>Creates a boolean value.</summary>
    public static ConfigScalar OfBoolean(bool value, ConfigOrigin? origin = null) =>
        new(origin ?? ConfigOrigin.Code, ConfigValueType.Boolean, value ? "true" : "false", 0, false);

    /// <summary>Creates a null value.</summary>
    public static ConfigScalar Null(ConfigOrigin? origin = null) =>
        new(origin ?? ConfigOrigin.Code, ConfigValueType.Null, "null", 0, false);

    /// <summary>Creates a number from its JSON text (e.g. <c>42</c>, <c>-1.5e3</c>).</summary>
    /// <exception cref="FormatException">The text is not a number.</exception>
    public static ConfigScalar OfNumber(string text, ConfigOrigin? origin = null) =>
        new(origin ?? ConfigOrigin.Code, ConfigValueType.Number, text, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), false);

    internal static ConfigScalar Whitespace(string text, ConfigOrigin origin) =>
        new(origin, ConfigValueType.String, text, 0, true);

    /// <summary>The number as a 64-bit integer when it is integral and in range.</summary>
    internal bool TryGetLong(out long value)
    {
        if (long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
            return true;
        if (Math.Floor(Number) == Number && Number >= long.MinValue && Number < 9.2233720368547758e18)
        {
            value = (long)Number;
            return true;
        }

        return false;
    }

    internal override ConfigValue WithOrigin(ConfigOrigin origin) => new ConfigScalar(origin, ValueType, Text, Number, IsWhitespace);

    /// <inheritdoc />
    public override string ToString() => Text;
}
