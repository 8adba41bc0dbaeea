using System.Globalization;
using System.Text.RegularExpressions;

namespace Maiev.Cli.Infrastructure;

/// <summary>
/// Checks HOCON-style durations given on the command line (<c>90s</c>, <c>10m</c>, <c>1.5h</c>,
/// <c>300 ms</c>, <c>2 days</c>) before they are sent to the node, which reads the same units.
/// </summary>
internal static partial class DurationText
{
    private static readonly Dictionary<string, double> SecondsPerUnit = new(StringComparer.Ordinal)
    {
        ["ms"] = 0.001, ["millis"] = 0.001, ["millisecond"] = 0.001, ["milliseconds"] = 0.001,
        ["s"] = 1, ["second"] = 1, ["seconds"] = 1,
        ["m"] = 60, ["minute"] = 60, ["minutes"] = 60,
        ["h"] = 3600, ["hour"] = 3600, ["hours"] = 3600,
        ["d"] = 86400, ["day"] = 86400, ["days"] = 86400,
    };

    /// <summary>Parses <paramref name="text"/>; <see langword="false"/> with a reason when it is not a positive duration.</summary>
    public static bool TryParse(string text, out TimeSpan duration, out string error)
    {
        duration = TimeSpan.Zero;
        var match = Pattern().Match(text);
        if (!match.Success || !SecondsPerUnit.TryGetValue(match.Groups["unit"].Value, out var unit))
        {
            error = $"'{text}' is not a duration: write a number and a unit (ms, s, m, h, d), for example 90s or 10m.";
            return false;
        }

        var seconds = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) * unit;
        if (seconds <= 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            error = $"'{text}' must be more than zero and less than a lifetime.";
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        error = string.Empty;
        return true;
    }

    [GeneratedRegex(@"^\s*(?<number>\d+(\.\d+)?)\s*(?<unit>[a-z]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
