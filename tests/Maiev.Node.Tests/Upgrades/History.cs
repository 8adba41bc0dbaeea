using System.Text.Json;

namespace Maiev.Node.Tests.Upgrades;

/// <summary>A service's history as <c>GET /api/v1/services/{name}/events</c> returns it; prints its types and summaries.</summary>
internal sealed record History(long LastSeq, IReadOnlyList<JsonElement> Events)
{
    /// <summary>The events of <paramref name="type"/> whose data field <paramref name="field"/> is <paramref name="value"/>.</summary>
    public IReadOnlyList<JsonElement> Where(string type, string field, string value) =>
        [.. Events.Where(e => e.GetProperty("type").GetString() == type && Data(e, field) == value)];

    /// <summary>The events of <paramref name="type"/>.</summary>
    public IReadOnlyList<JsonElement> OfType(string type) => [.. Events.Where(e => e.GetProperty("type").GetString() == type)];

    /// <summary>A string field of an event's <c>data</c> (camelCase or PascalCase), or null.</summary>
    public static string? Data(JsonElement e, string field)
    {
        if (!e.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in data.EnumerateObject())
        {
            if (string.Equals(property.Name, field, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
            }
        }

        return null;
    }

    public override string ToString() =>
        $"lastSeq {LastSeq}: [" + string.Join("; ", Events.Select(e => $"{e.GetProperty("type").GetString()}: {e.GetProperty("summary").GetString()}")) + "]";
}
