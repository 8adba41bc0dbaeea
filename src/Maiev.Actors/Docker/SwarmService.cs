using System.Globalization;
using System.Text.Json.Nodes;

// The string keys are Docker Engine API field names that happen to equal our member names.
#pragma warning disable CA1507

namespace Maiev.Actors.Docker;

/// <summary>
/// A Swarm service as inspected. The <see cref="Spec"/> is kept whole (every field, known or not),
/// because an update must send the full spec back; the typed properties read from it.
/// </summary>
/// <param name="Id">Service id.</param>
/// <param name="VersionIndex"><c>Version.Index</c>: send it with an update; it changes on every spec or status change.</param>
/// <param name="Spec">The full spec (a private copy: mutate freely).</param>
/// <param name="UpdateStatus">The last update's status, when there was one.</param>
internal sealed record SwarmService(string Id, ulong VersionIndex, JsonObject Spec, SwarmUpdateStatus? UpdateStatus)
{
    /// <summary><c>Spec.Name</c>.</summary>
    public string Name => Spec["Name"]?.GetValue<string>() ?? string.Empty;

    /// <summary><c>Spec.TaskTemplate.ContainerSpec.Image</c> (may carry <c>@sha256:…</c>).</summary>
    public string? Image => Spec["TaskTemplate"]?["ContainerSpec"]?["Image"]?.GetValue<string>();

    /// <summary>Whether the service is global (one task per node): Maiev reports, never scales, those.</summary>
    public bool IsGlobal => Spec["Mode"]?["Global"] is not null;

    /// <summary>Desired replicas of a replicated service; null for a global service.</summary>
    public int? Replicas => IsGlobal ? null : (int)(Integer(Spec["Mode"]?["Replicated"]?["Replicas"]) ?? 1);

    /// <summary>The service's labels (<c>Spec.Labels</c>).</summary>
    public IReadOnlyDictionary<string, string> Labels =>
        Spec["Labels"] is JsonObject labels
            ? labels.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Reads a service from the engine's JSON.</summary>
    /// <exception cref="FormatException">ID, Version.Index or Spec missing.</exception>
    public static SwarmService FromJson(JsonNode node)
    {
        var id = node["ID"]?.GetValue<string>() ?? throw new FormatException("service JSON has no ID");
        var index = node["Version"]?["Index"]?.GetValue<ulong>() ?? throw new FormatException($"service {id} has no Version.Index");
        var spec = node["Spec"]?.DeepClone() as JsonObject ?? throw new FormatException($"service {id} has no Spec");
        SwarmUpdateStatus? status = null;
        if (node["UpdateStatus"] is JsonObject u && u["State"]?.GetValue<string>() is { } state)
        {
            status = new SwarmUpdateStatus(state, u["Message"]?.GetValue<string>(), Time(u["StartedAt"]), Time(u["CompletedAt"]));
        }

        return new SwarmService(id, index, spec, status);
    }

    // A spec node is either parsed JSON or a value Maiev set (an int): read both.
    private static long? Integer(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<System.Text.Json.JsonElement>(out var e) && e.TryGetInt64(out var parsed) => parsed,
        _ => null,
    };

    private static DateTimeOffset? Time(JsonNode? node) =>
        node?.GetValue<string>() is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) ? t : null;
}
