using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>Shorthands for the spec tests.</summary>
internal static class Hocon
{
    /// <summary>Parses and resolves without environment fallback.</summary>
    public static Config Resolve(string text) => HoconParser.Parse(text).Resolve();

    /// <summary>The resolved document rendered as compact JSON, for whole-document comparisons.</summary>
    public static string Json(string text) =>
        System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(Resolve(text).ToJson(maskSecrets: false)).RootElement);
}
