using System.Globalization;
using System.Text.RegularExpressions;
using Maiev.Runtime.Configuration;
using Microsoft.Extensions.Configuration;

namespace Maiev.Node.Configuration;

/// <summary>
/// Flattens a resolved configuration into <c>IConfiguration</c> keys: objects become sections
/// (<c>maiev:http:port</c>), lists become indexed sections (<c>maiev:list:0</c>). Each hyphenated key is
/// also served without hyphens (<c>ask-timeout</c> as <c>asktimeout</c>) so it binds to a property named
/// <c>AskTimeout</c>, and HOCON durations (<c>5s</c>, <c>2 minutes</c>) are served in the TimeSpan format
/// the binder reads (<c>00:00:05</c>).
/// </summary>
internal sealed partial class HoconConfigurationProvider(Config config) : ConfigurationProvider
{
    /// <inheritdoc />
    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        Flatten(config.Root, [], data);
        Data = data;
    }

    private static void Flatten(ConfigValue value, List<string> path, Dictionary<string, string?> data)
    {
        switch (value)
        {
            case ConfigObject o:
                foreach (var (key, child) in o.Fields)
                {
                    path.Add(key);
                    Flatten(child, path, data);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case ConfigList l:
                for (var i = 0; i < l.Items.Count; i++)
                {
                    path.Add(i.ToString(CultureInfo.InvariantCulture));
                    Flatten(l.Items[i], path, data);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case ConfigScalar s:
                var text = s.ValueType == ConfigValueType.Null ? null : AsBinderText(s);
                data[string.Join(':', path)] = text;
                var plain = string.Join(':', path.Select(p => p.Replace("-", "", StringComparison.Ordinal)));
                data.TryAdd(plain, text);
                break;
        }
    }

    private static string AsBinderText(ConfigScalar s)
    {
        if (s.ValueType != ConfigValueType.String || !Duration().IsMatch(s.Text))
            return s.Text;
        return Config.ParseDuration(s.Text).ToString("c", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\s*[0-9]+(\.[0-9]+)?\s*(ns|nanos?|nanoseconds?|us|micros?|microseconds?|ms|millis?|milliseconds?|s|seconds?|m|minutes?|h|hours?|d|days?)\s*$")]
    private static partial Regex Duration();
}
