using System.Globalization;
using System.Text.Json;

namespace Maiev.Actors.Upgrades;

/// <summary>
/// Reads registry push notifications: Docker Distribution envelopes (<c>{"events":[…]}</c>, media type
/// <c>application/vnd.docker.distribution.events.v1+json</c>) and Docker Hub repository webhooks. Pure and thread-safe.
/// It reads every event (relevant or not, see <see cref="RegistryEvent.IsRelevant"/>); a body that is not JSON or lacks
/// a field an event needs gives a <see cref="RegistryNotificationError"/> naming the JSON path (and line/column for
/// syntax errors), and no events at all — nothing is half-read.
/// </summary>
internal static partial class RegistryNotificationParser
{
    /// <summary>The media type the registry posts its envelopes with.</summary>
    public const string EnvelopeMediaType = "application/vnd.docker.distribution.events.v1+json";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>Parses <paramref name="body"/> (UTF-8 JSON).</summary>
    public static RegistryNotificationParseResult Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return Fail("the body is empty; expected a JSON object with an \"events\" array (Docker registry) or \"push_data\" (Docker Hub)", "$");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray(), Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber + 1;
            var column = e.BytePositionInLine + 1;
            return RegistryNotificationParseResult.Failure(new RegistryNotificationError(
                string.Create(CultureInfo.InvariantCulture, $"the body is not valid JSON at line {line}, column {column}: {FirstSentence(e.Message)}"),
                e.Path ?? "$", line, column));
        }

        using (document)
        {
            try
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return Fail($"$ must be a JSON object, not {Kind(root)}", "$");
                }

                if (root.TryGetProperty("events", out var events))
                {
                    return RegistryNotificationParseResult.Success(ReadEnvelope(events));
                }

                if (root.TryGetProperty("push_data", out _))
                {
                    return RegistryNotificationParseResult.Success([ReadDockerHub(root)]);
                }

                return Fail("$ has neither \"events\" (Docker registry envelope) nor \"push_data\" (Docker Hub webhook)", "$");
            }
            catch (NotificationFormatException e)
            {
                return Fail(e.Message, e.Path);
            }
        }
    }

    private static List<RegistryEvent> ReadEnvelope(JsonElement events)
    {
        if (events.ValueKind != JsonValueKind.Array)
        {
            throw new NotificationFormatException("$.events", $"must be an array, not {Kind(events)}");
        }

        var list = new List<RegistryEvent>(events.GetArrayLength());
        var index = 0;
        foreach (var item in events.EnumerateArray())
        {
            list.Add(ReadDistributionEvent(item, string.Create(CultureInfo.InvariantCulture, $"$.events[{index}]")));
            index++;
        }

        return list;
    }

    private static RegistryEvent ReadDistributionEvent(JsonElement item, string path)
    {
        RequireObject(item, path);
        var id = RequiredString(item, "id", path);
        var action = RequiredString(item, "action", path);
        var timestamp = OptionalTimestamp(item, "timestamp", path);
        var target = Property(item, "target") ?? throw new NotificationFormatException(path + ".target", "is missing");
        RequireObject(target, path + ".target");
        var targetPath = path + ".target";
        var repository = RequiredString(target, "repository", targetPath);
        var tag = OptionalString(target, "tag", targetPath);
        var digest = OptionalString(target, "digest", targetPath);
        var mediaType = OptionalString(target, "mediaType", targetPath);
        string? host = null;
        if (Property(item, "request") is { } request)
        {
            RequireObject(request, path + ".request");
            host = OptionalString(request, "host", path + ".request");
        }

        if (string.IsNullOrEmpty(host) && OptionalString(target, "url", targetPath) is { } url
            && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port.ToString(CultureInfo.InvariantCulture)}";
        }

        var result = new RegistryEvent(id, action, mediaType, repository, NullIfEmpty(tag), NullIfEmpty(digest), NullIfEmpty(host), timestamp,
            RegistryEventSource.Distribution);
        if (result.IsRelevant && result.Image is null)
        {
            throw new NotificationFormatException(targetPath,
                $"does not name a valid image: host '{host}', repository '{repository}', tag '{tag}', digest '{digest}'");
        }

        return result;
    }

    private static RegistryNotificationParseResult Fail(string message, string path) =>
        RegistryNotificationParseResult.Failure(new RegistryNotificationError(message, path));

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
