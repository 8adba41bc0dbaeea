using System.Text.Encodings.Web;
using System.Text.Json;

namespace Maiev.Cli.Contract;

/// <summary>
/// JSON settings for the admin API contract (docs/admin-api.md): camelCase, and strict about the
/// fields the contract promises, so a node that drifts from it fails loudly instead of showing blanks.
/// </summary>
internal static class ContractJson
{
    /// <summary>Reads contract objects.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Writes JSON for people and scripts: indented, arrows and accents left readable.</summary>
    public static JsonSerializerOptions Indented { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON value per line (follow mode).</summary>
    public static JsonSerializerOptions Compact { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads <paramref name="element"/> as <typeparamref name="T"/>.</summary>
    /// <exception cref="JsonException">The element does not have the contract's shape.</exception>
    public static T Read<T>(JsonElement element) =>
        element.Deserialize<T>(Options) ?? throw new JsonException($"expected a {typeof(T).Name}, got null");
}
