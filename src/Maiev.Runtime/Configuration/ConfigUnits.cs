using System.Globalization;

namespace Maiev.Runtime.Configuration;

/// <summary>The spec's duration and size-in-bytes formats: a number, optional whitespace, a unit.</summary>
internal static class ConfigUnits
{
    private static readonly Dictionary<string, decimal> DurationNanos = BuildDurations();
    private static readonly Dictionary<string, decimal> ByteUnits = BuildBytes();

    public static TimeSpan Milliseconds(double ms, string path, ConfigOrigin origin) =>
        double.IsFinite(ms) && Math.Abs(ms) < TimeSpan.MaxValue.TotalMilliseconds
            ? TimeSpan.FromTicks((long)Math.Round(ms * TimeSpan.TicksPerMillisecond))
            : throw new ConfigBadValueException($"duration {ms} ms is out of range", origin, path);

    /// <summary>Parses e.g. <c>10s</c>, <c>1.5 hours</c>, <c>250</c> (milliseconds).</summary>
    public static TimeSpan ParseDuration(string text, string path, ConfigOrigin origin)
    {
        var (number, unit) = Split(text, path, origin, "duration");
        if (unit.Length == 0)
            unit = "ms";
        if (!DurationNanos.TryGetValue(unit, out var nanosPerUnit))
            throw new ConfigBadValueException($"unknown duration unit '{unit}' in {Show(path, text)}; use ns, us, ms, s, m, h or d", origin, path);
        try
        {
            var ticks = decimal.Round(number * nanosPerUnit / 100m);
            return TimeSpan.FromTicks(decimal.ToInt64(ticks));
        }
        catch (OverflowException)
        {
            throw new ConfigBadValueException($"duration {Show(path, text)} is out of range", origin, path);
        }
    }

    /// <summary>Parses e.g. <c>512MiB</c>, <c>10 kB</c>, <c>1024</c> (bytes).</summary>
    public static long ParseBytes(string text, string path, ConfigOrigin origin)
    {
        var (number, unit) = Split(text, path, origin, "size in bytes");
        if (unit.Length == 0)
            unit = "B";
        if (!ByteUnits.TryGetValue(unit, out var multiplier))
            throw new ConfigBadValueException($"unknown size unit '{unit}' in {Show(path, text)}; use B, kB, KiB, K, MB, MiB, M, GB, GiB, G, ...", origin, path);
        try
        {
            return decimal.ToInt64(decimal.Round(number * multiplier));
        }
        catch (OverflowException)
        {
            throw new ConfigBadValueException($"size {Show(path, text)} does not fit in 64 bits", origin, path);
        }
    }

    private static string Show(string path, string text) => ConfigSecrets.IsSecretKey(path) ? "(secret)" : $"'{text}'";

    private static (decimal Number, string Unit) Split(string text, string path, ConfigOrigin origin, string what)
    {
        var trimmed = text.Trim();
        var i = trimmed.Length;
        while (i > 0 && char.IsAsciiLetter(trimmed[i - 1]))
            i--;
        var unit = trimmed[i..];
        var numberText = trimmed[..i].TrimEnd();
        if (!decimal.TryParse(numberText, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            throw new ConfigBadValueException($"{Show(path, text)} is not a valid {what}: expected a number followed by an optional unit", origin, path);
        return (number, unit);
    }

    private static Dictionary<string, decimal> BuildDurations()
    {
        var d = new Dictionary<string, decimal>(StringComparer.Ordinal);
        void Add(decimal nanos, params string[] names)
        {
            foreach (var name in names)
                d[name] = nanos;
        }

        Add(1m, "ns", "nano", "nanos", "nanosecond", "nanoseconds");
        Add(1_000m, "us", "micro", "micros", "microsecond", "microseconds");
        Add(1_000_000m, "ms", "milli", "millis", "millisecond", "milliseconds");
        Add(1_000_000_000m, "s", "second", "seconds");
        Add(60_000_000_000m, "m", "minute", "minutes");
        Add(3_600_000_000_000m, "h", "hour", "hours");
        Add(86_400_000_000_000m, "d", "day", "days");
        return d;
    }

    private static Dictionary<string, decimal> BuildBytes()
    {
        var d = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["B"] = 1, ["b"] = 1, ["byte"] = 1, ["bytes"] = 1 };
        string[] decimalNames = ["kilo", "mega", "giga", "tera", "peta", "exa", "zetta", "yotta"];
        string[] binaryNames = ["kibi", "mebi", "gibi", "tebi", "pebi", "exbi", "zebi", "yobi"];
        const string letters = "KMGTPEZY";
        decimal power10 = 1, power2 = 1;
        for (var i = 0; i < letters.Length; i++)
        {
            power10 *= 1000;
            power2 *= 1024;
            var upper = letters[i].ToString();
            var lower = char.ToLowerInvariant(letters[i]).ToString();
            d[(i == 0 ? "k" : upper) + "B"] = power10;
            d[decimalNames[i] + "byte"] = power10;
            d[decimalNames[i] + "bytes"] = power10;
            foreach (var name in new[] { upper, lower, upper + "i", upper + "iB", binaryNames[i] + "byte", binaryNames[i] + "bytes" })
                d[name] = power2;
        }

        return d;
    }
}
