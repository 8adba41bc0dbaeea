using System.Globalization;

namespace Maiev.Actors.Rules;

/// <summary>
/// Reads the duration strings rules compare <c>rules:x:since</c> with, as maiev accepted them:
/// <c>"25s"</c>, <c>"1 minutes"</c>, <c>"0 d 0 h 0 m 20 s"</c>, <c>"1h30m"</c>, <c>"1.5 hours"</c>,
/// <c>"2 days, 3 hours"</c>, clock forms <c>"4:13"</c> (m:s) and <c>"1:04:13"</c> (h:m:s), and a bare
/// number of seconds. Units: w/week(s), d/day(s), h/hr(s)/hour(s), m/min(s)/minute(s),
/// s/sec(s)/second(s), ms.
/// </summary>
internal static class DurationText
{
    /// <summary>Parses <paramref name="text"/>; false when it is not a duration.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(text);
        duration = TimeSpan.Zero;
        var s = text.Trim().ToLowerInvariant();
        if (s.Length == 0)
        {
            return false;
        }

        if (s.Contains(':', StringComparison.Ordinal))
        {
            return TryParseClock(s, out duration);
        }

        if (double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var bare))
        {
            duration = TimeSpan.FromSeconds(bare);
            return true;
        }

        var seconds = 0.0;
        var i = 0;
        var any = false;
        while (true)
        {
            while (i < s.Length && (char.IsWhiteSpace(s[i]) || s[i] == ','))
            {
                i++;
            }

            if (s.AsSpan(i).StartsWith("and ", StringComparison.Ordinal))
            {
                i += 4;
                continue;
            }

            if (i >= s.Length)
            {
                break;
            }

            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (!double.TryParse(s.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            while (i < s.Length && char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            start = i;
            while (i < s.Length && char.IsAsciiLetter(s[i]))
            {
                i++;
            }

            var unit = UnitSeconds(s[start..i]);
            if (unit is null)
            {
                return false;
            }

            seconds += amount * unit.Value;
            any = true;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return any;
    }

    private static double? UnitSeconds(string unit) => unit switch
    {
        "w" or "wk" or "wks" or "week" or "weeks" => 604800,
        "d" or "dy" or "dys" or "day" or "days" => 86400,
        "h" or "hr" or "hrs" or "hour" or "hours" => 3600,
        "m" or "min" or "mins" or "minute" or "minutes" => 60,
        "s" or "sec" or "secs" or "second" or "seconds" => 1,
        "ms" or "millisecond" or "milliseconds" => 0.001,
        _ => null,
    };

    private static bool TryParseClock(string s, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var parts = s.Split(':');
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }

        var total = 0.0;
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            total = (total * 60) + value;
        }

        duration = TimeSpan.FromSeconds(total);
        return true;
    }
}
