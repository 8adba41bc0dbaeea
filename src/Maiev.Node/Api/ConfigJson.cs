using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Maiev.Runtime.Configuration;

namespace Maiev.Node.Api;

/// <summary>
/// The effective configuration as JSON for <c>GET /api/v1/config</c>: secrets (keys named <c>token</c>,
/// <c>password</c>, <c>secret</c>, <c>key</c>, <c>connection-string</c> or ending in <c>-token</c>, <c>-password</c>,
/// <c>-secret</c>) become <c>"***"</c> and are listed; the password part of a URL is masked wherever it appears.
/// </summary>
internal static partial class ConfigJson
{
    /// <summary>What a masked value is shown as.</summary>
    public const string Mask = "***";

    /// <summary>The config tree and the masked paths.</summary>
    public static (JsonObject Tree, IReadOnlyList<string> Masked) Write(Config config)
    {
        var masked = new List<string>();
        var tree = Object(config.Root, "", masked);
        return (tree, masked);
    }

    /// <summary>True when the key (last path element) names a secret.</summary>
    public static bool IsSecret(string key)
    {
        var k = key.Trim('"').ToLowerInvariant();
        return k is "token" or "password" or "secret" or "key" or "connection-string"
            || k.EndsWith("-token", StringComparison.Ordinal) || k.EndsWith("-password", StringComparison.Ordinal)
            || k.EndsWith("-secret", StringComparison.Ordinal) || k.EndsWith("-connection-string", StringComparison.Ordinal);
    }

    private static JsonObject Object(ConfigObject value, string path, List<string> masked)
    {
        var result = new JsonObject();
        foreach (var (key, child) in value.Fields)
        {
            var childPath = path.Length == 0 ? key : path + "." + key;
            if (child is not ConfigObject && IsSecret(key) && child is not ConfigScalar { Text.Length: 0 })
            {
                result[key] = Mask;
                masked.Add(childPath);
                continue;
            }

            result[key] = Value(child, childPath, masked);
        }

        return result;
    }

    private static JsonNode? Value(ConfigValue value, string path, List<string> masked) => value switch
    {
        ConfigObject o => Object(o, path, masked),
        ConfigList l => new JsonArray([.. l.Items.Select((item, i) => Value(item, $"{path}[{i}]", masked))]),
        ConfigScalar { ValueType: ConfigValueType.Null } => null,
        ConfigScalar { ValueType: ConfigValueType.Boolean } s => JsonValue.Create(s.Text == "true"),
        ConfigScalar { ValueType: ConfigValueType.Number } s => JsonValue.Create(s.Number),
        ConfigScalar s => JsonValue.Create(UriPassword().Replace(s.Text, m => m.Groups[1].Value + Mask + "@")),
        _ => null,
    };

    [GeneratedRegex(@"([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]*:)[^@/\s]+@")]
    private static partial Regex UriPassword();
}
