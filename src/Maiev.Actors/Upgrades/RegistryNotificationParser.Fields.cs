using System.Globalization;
using System.Text.Json;

namespace Maiev.Actors.Upgrades;

/// <summary>Field readers that name the JSON path of whatever is missing or of the wrong kind.</summary>
internal static partial class RegistryNotificationParser
{
    private static void RequireObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new NotificationFormatException(path, $"must be an object, not {Kind(element)}");
        }
    }

    private static JsonElement? Property(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string RequiredString(JsonElement parent, string name, string path) =>
        OptionalString(parent, name, path) is { Length: > 0 } value
            ? value
            : throw new NotificationFormatException($"{path}.{name}", "is missing or empty");

    private static string? OptionalString(JsonElement parent, string name, string path)
    {
        if (Property(parent, name) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new NotificationFormatException($"{path}.{name}", $"must be a string, not {Kind(value)}");
    }

    private static DateTimeOffset? OptionalTimestamp(JsonElement parent, string name, string path)
    {
        if (OptionalString(parent, name, path) is not { } text)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw new NotificationFormatException($"{path}.{name}", $"'{text}' is not an RFC 3339 timestamp");
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>A field is missing or of the wrong kind; caught by <see cref="Parse"/> and turned into an error.</summary>
    private sealed class NotificationFormatException(string path, string problem) : Exception($"{path} {problem}")
    {
        public string Path { get; } = path;
    }
}
