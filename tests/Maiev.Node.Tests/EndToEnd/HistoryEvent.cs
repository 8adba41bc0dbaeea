using System.Text.Json;
using System.Text.Json.Nodes;
using Maiev.Node.Tests.Node;

namespace Maiev.Node.Tests.EndToEnd;

/// <summary>One event of <c>/events</c>; From/To/Reason for ScaleDecided.</summary>
internal sealed record HistoryEvent(long Seq, string Type, string Summary, int From, int To, string? Reason, JsonElement Data)
{
    public static HistoryEvent Parse(JsonElement e)
    {
        var type = e.GetProperty("type").GetString()!;
        var data = e.GetProperty("data");
        var fields = type == "ScaleDecided" ? JsonNode.Parse(data.GetRawText()) as JsonObject : null;
        JsonNode? Field(string name) => fields?.FirstOrDefault(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        int Int(string name) => Field(name) is JsonValue v && v.TryGetValue<int>(out var i) ? i : -1;
        var reason = Field("reason") is JsonValue r && r.TryGetValue<string>(out var text) ? text : null;
        return new HistoryEvent(e.GetProperty("seq").GetInt64(), type, e.GetProperty("summary").GetString() ?? string.Empty,
            Int("from"), Int("to"), reason, data.Clone());
    }

    public override string ToString() => $"#{Seq} {Type}: {Summary}";

    /// <summary>The service's whole history through the admin API (<c>GET /services/{name}/events?after=0</c>).</summary>
    public static async Task<IReadOnlyList<HistoryEvent>> ReadAllAsync(TestNode node, string name)
    {
        var (status, body, _) = await node.GetAsync($"/api/v1/services/{name}/events?after=0&limit=500");
        Assert.True((int)status == 200, $"events of {name} answered {(int)status}: {body}");
        return [.. body.GetProperty("events").EnumerateArray().Select(Parse)];
    }
}
