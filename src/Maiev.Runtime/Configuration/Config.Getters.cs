using System.Globalization;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Configuration;

/// <summary>
/// Typed getters. Each follows the spec's automatic conversions: numbers and booleans read as
/// strings, numeric strings read as numbers, "yes"/"on" read as true, and objects with integer keys
/// read as lists. A missing or null path throws <see cref="ConfigMissingException"/>, a value of
/// another type throws <see cref="ConfigWrongTypeException"/>, an unparsable one <see cref="ConfigBadValueException"/>.
/// </summary>
public sealed partial class Config
{
    /// <summary>The string at <paramref name="path"/> (numbers and booleans as written).</summary>
    public string GetString(string path) => AsString(GetValue(path), path);

    /// <summary>The 32-bit integer at <paramref name="path"/>.</summary>
    public int GetInt(string path)
    {
        var value = GetLong(path);
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new ConfigBadValueException($"{value} is out of range for a 32-bit integer", GetValue(path).Origin, path);
    }

    /// <summary>The 64-bit integer at <paramref name="path"/>.</summary>
    public long GetLong(string path)
    {
        var number = AsNumber(GetValue(path), path);
        return number.TryGetLong(out var value)
            ? value
            : throw new ConfigBadValueException($"expected a whole number but found {Shown(path, number.Text)}", number.Origin, path);
    }

    /// <summary>The floating-point number at <paramref name="path"/>.</summary>
    public double GetDouble(string path) => AsNumber(GetValue(path), path).Number;

    /// <summary>The boolean at <paramref name="path"/> (<c>true/false</c>, or the strings <c>yes/no/on/off</c>).</summary>
    public bool GetBoolean(string path)
    {
        var value = GetValue(path);
        if (value is ConfigScalar { ValueType: ConfigValueType.Boolean } b)
            return b.Text == "true";
        if (value is ConfigScalar { ValueType: ConfigValueType.String } s)
        {
            switch (s.Text)
            {
                case "true" or "yes" or "on": return true;
                case "false" or "no" or "off": return false;
            }
        }

        throw WrongType(path, value, "a boolean (true/false/yes/no/on/off)");
    }

    /// <summary>The duration at <paramref name="path"/>: a bare number is milliseconds, a string is a number and a unit (ns, us, ms, s, m, h, d and their long forms).</summary>
    public TimeSpan GetDuration(string path)
    {
        var value = GetValue(path);
        return value switch
        {
            ConfigScalar { ValueType: ConfigValueType.Number } n => ConfigUnits.Milliseconds(n.Number, path, n.Origin),
            ConfigScalar { ValueType: ConfigValueType.String } s => ConfigUnits.ParseDuration(s.Text, path, s.Origin),
            _ => throw WrongType(path, value, "a duration (e.g. 10s)"),
        };
    }

    /// <summary>The size in bytes at <paramref name="path"/>: a bare number is bytes, a string is a number and a unit (B, kB, KiB, K, MB, MiB, M, ...).</summary>
    public long GetBytes(string path)
    {
        var value = GetValue(path);
        return value switch
        {
            ConfigScalar { ValueType: ConfigValueType.Number } n when n.TryGetLong(out var bytes) => bytes,
            ConfigScalar { ValueType: ConfigValueType.Number or ConfigValueType.String } s => ConfigUnits.ParseBytes(s.Text, path, s.Origin),
            _ => throw WrongType(path, value, "a size in bytes (e.g. 512MiB)"),
        };
    }

    /// <summary>The list at <paramref name="path"/> (an object with integer keys counts as a list).</summary>
    public IReadOnlyList<ConfigValue> GetList(string path)
    {
        var value = GetValue(path);
        return value switch
        {
            ConfigList list => list.Items,
            ConfigObject o when ConfigConcat.NumericObjectToList(o) is { } converted => converted.Items,
            _ => throw WrongType(path, value, "a list"),
        };
    }

    /// <summary>The list of strings at <paramref name="path"/> (numbers and booleans as written).</summary>
    public IReadOnlyList<string> GetStringList(string path)
    {
        var items = GetList(path);
        var result = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
            result[i] = AsString(items[i], $"{path}[{i}]");
        return result;
    }

    /// <summary>Parses a duration written in the HOCON format (<c>10s</c>, <c>1.5 hours</c>; a bare number is milliseconds).</summary>
    /// <exception cref="ConfigBadValueException">The text is not a duration.</exception>
    public static TimeSpan ParseDuration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ConfigUnits.ParseDuration(text, "", ConfigOrigin.Code);
    }

    /// <summary>Parses a size written in the HOCON format (<c>512MiB</c>, <c>10 kB</c>; a bare number is bytes).</summary>
    /// <exception cref="ConfigBadValueException">The text is not a size.</exception>
    public static long ParseBytes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ConfigUnits.ParseBytes(text, "", ConfigOrigin.Code);
    }

    private static string AsString(ConfigValue value, string path) => value switch
    {
        ConfigScalar { ValueType: ConfigValueType.String or ConfigValueType.Number or ConfigValueType.Boolean } s => s.Text,
        _ => throw WrongType(path, value, "a string"),
    };

    private static ConfigScalar AsNumber(ConfigValue value, string path)
    {
        if (value is ConfigScalar { ValueType: ConfigValueType.Number } n)
            return n;
        if (value is ConfigScalar { ValueType: ConfigValueType.String } s)
        {
            var text = s.Text.Trim();
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
                return ConfigScalar.OfNumber(text, s.Origin);
            throw new ConfigBadValueException($"expected a number but found the string {Shown(path, s.Text)}", s.Origin, path);
        }

        throw WrongType(path, value, "a number");
    }

    /// <summary>A value quoted for an error message, unless the path names a secret.</summary>
    private static string Shown(string path, string text) =>
        ConfigSecrets.IsSecretKey(path) ? "(secret)" : $"'{text}'";
}
