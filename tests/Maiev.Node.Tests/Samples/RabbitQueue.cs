using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Maiev.TestKit.Servers;

namespace Maiev.Node.Tests.Samples;

/// <summary>A queue seen through the RabbitMQ management API; deleted on dispose.</summary>
internal sealed class RabbitQueue(string name) : IAsyncDisposable
{
    private readonly HttpClient _api = CreateApi();

    public string Name { get; } = name;

    /// <summary>The queue's counters now, or null while the broker does not know it yet.</summary>
    public async Task<QueueState?> ReadAsync()
    {
        using var response = await _api.GetAsync($"api/queues/%2F/{Uri.EscapeDataString(Name)}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var q = doc.RootElement;
        long Long(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;
        var acked = q.TryGetProperty("message_stats", out var stats) ? Long(stats, "ack") : 0;
        long? head = q.TryGetProperty("head_message_timestamp", out var h) && h.ValueKind == JsonValueKind.Number ? h.GetInt64() : null;
        return new QueueState(Long(q, "messages_ready"), Long(q, "messages_unacknowledged"), Long(q, "consumers"), acked, head);
    }

    public async ValueTask DisposeAsync()
    {
        using var _ = await _api.DeleteAsync($"api/queues/%2F/{Uri.EscapeDataString(Name)}");
        _api.Dispose();
    }

    private static HttpClient CreateApi()
    {
        var client = new HttpClient { BaseAddress = TestServers.RabbitMqApi };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestServers.RabbitMqUser}:{TestServers.RabbitMqPassword}")));
        return client;
    }
}

/// <summary>The counters a test looks at (absent fields read as 0 or null).</summary>
internal sealed record QueueState(long Ready, long Unacked, long Consumers, long Acked, long? HeadTimestamp);
