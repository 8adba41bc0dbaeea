using System.Text.Json;

namespace Maiev.Actors.RabbitMq;

/// <summary>
/// Reads <see cref="QueueStats"/> from the management API's queue JSON. Tolerant by contract: a
/// missing field, a JSON null or a value of the wrong kind reads as "not reported" (null), never as
/// an error, because RabbitMQ omits counters it has not computed yet.
/// </summary>
internal static class QueueStatsJson
{
    /// <summary>
    /// The <c>columns=</c> list that asks the API for exactly the fields <see cref="Read"/> uses, so a
    /// bulk poll of a large vhost stays small.
    /// </summary>
    public const string Columns =
        "name,vhost,messages_ready,messages_unacknowledged,consumers,consumer_utilisation,head_message_timestamp," +
        "message_stats.publish_details.rate,message_stats.deliver_get_details.rate," +
        "message_stats.deliver_details.rate,message_stats.ack_details.rate";

    /// <summary>Reads one queue object. <paramref name="fallbackName"/> names it when the JSON has no <c>name</c>.</summary>
    /// <exception cref="FormatException"><paramref name="queue"/> is not a JSON object.</exception>
    public static QueueStats Read(JsonElement queue, string? fallbackName = null)
    {
        if (queue.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"A queue must be a JSON object, but the management API sent {queue.ValueKind}.");
        }

        var stats = queue.TryGetProperty("message_stats", out var ms) && ms.ValueKind == JsonValueKind.Object ? ms : default;
        var hasStats = stats.ValueKind == JsonValueKind.Object;
        return new QueueStats(
            Name: String(queue, "name") ?? fallbackName ?? string.Empty,
            Vhost: String(queue, "vhost"),
            MessagesReady: Int64(queue, "messages_ready"),
            MessagesUnacknowledged: Int64(queue, "messages_unacknowledged"),
            Consumers: Int64(queue, "consumers") is { } c ? (int)Math.Clamp(c, 0, int.MaxValue) : null,
            ConsumerUtilisation: Double(queue, "consumer_utilisation"),
            HeadMessageTimestamp: Double(queue, "head_message_timestamp"),
            HasMessageStats: hasStats,
            PublishRate: hasStats ? Rate(stats, "publish_details") : null,
            DeliverRate: hasStats ? Rate(stats, "deliver_get_details") ?? Rate(stats, "deliver_details") : null,
            AckRate: hasStats ? Rate(stats, "ack_details") : null);
    }

    private static double? Rate(JsonElement messageStats, string details) =>
        messageStats.TryGetProperty(details, out var d) && d.ValueKind == JsonValueKind.Object ? Double(d, "rate") : null;

    private static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Double(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d)
            ? d
            : null;

    private static long? Int64(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        if (v.TryGetInt64(out var l))
        {
            return l;
        }

        // A counter beyond long (or written as 1.0e20) saturates rather than failing the whole poll.
        return v.TryGetDouble(out var d) && !double.IsNaN(d) ? (long)Math.Clamp(d, long.MinValue, long.MaxValue) : null;
    }
}
