using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Maiev.Actors.Docker;

/// <summary>The <c>/events</c> stream, one connection or followed with reconnects.</summary>
internal sealed partial class DockerClient
{
    /// <summary>
    /// Reads the engine's event stream for <paramref name="types"/> (e.g. <c>service</c>) over one
    /// connection, from <paramref name="sinceNano"/> (Unix ns, to resume) or from now. Ends when the
    /// daemon closes the stream; cancel to stop.
    /// </summary>
    /// <exception cref="DockerApiException">The daemon cannot be reached (connecting or mid-stream).</exception>
    public async IAsyncEnumerable<DockerEvent> StreamEventsAsync(IReadOnlyList<string> types, long? sinceNano, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(types);
        var prefix = await PrefixAsync(cancellationToken).ConfigureAwait(false);
        var filters = Uri.EscapeDataString(new JsonObject { ["type"] = new JsonArray(types.Select(t => (JsonNode?)t).ToArray()) }.ToJsonString());
        var since = sinceNano is { } ns
            ? string.Create(CultureInfo.InvariantCulture, $"&since={ns / 1_000_000_000}.{ns % 1_000_000_000:D9}")
            : string.Empty;
        using var response = await SendRawAsync(() => new HttpRequestMessage(HttpMethod.Get, $"{prefix}events?filters={filters}{since}"),
            "GET /events", cancellationToken, streaming: true).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream);
            while (true)
            {
                string? line;
                try
                {
                    line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    throw new DockerApiException(DockerErrorKind.Unavailable, $"the event stream of {_endpoint.Host} broke: {e.Message}", inner: e);
                }

                if (line is null)
                {
                    yield break;
                }

                if (ParseEvent(line) is { } parsed)
                {
                    yield return parsed;
                }
            }
        }
    }

    /// <summary>
    /// Follows the event stream forever: when it ends or breaks, reconnects after <paramref name="retryDelay"/>
    /// (on this client's clock) from the last event seen, so no event is lost or repeated across a reconnect
    /// (an event with the same time as the last one may repeat: de-duplicate on content if it matters).
    /// Starts at <paramref name="sinceNano"/> (Unix ns) or now. Ends only when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async IAsyncEnumerable<DockerEvent> FollowEventsAsync(IReadOnlyList<string> types, TimeSpan retryDelay, long? sinceNano, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var since = sinceNano;
        while (!cancellationToken.IsCancellationRequested)
        {
            var enumerator = StreamEventsAsync(types, since, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (true)
                {
                    DockerEvent current;
                    try
                    {
                        if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                        {
                            break;
                        }

                        current = enumerator.Current;
                    }
                    catch (DockerApiException e) when (e.IsTransient)
                    {
                        LogUnavailable(_logger, "GET /events", _endpoint.Host.ToString(), e.Message);
                        break;
                    }

                    since = current.TimeNano + 1;
                    yield return current;
                }
            }
            finally
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }

            since ??= _time.GetUtcNow().ToUnixTimeMilliseconds() * 1_000_000;
            await Task.Delay(retryDelay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Parses one event line; null for a line that is not an event object.</summary>
    internal static DockerEvent? ParseEvent(string line)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException)
        {
            return null;
        }

        if (node is not JsonObject obj)
        {
            return null;
        }

        var attributes = obj["Actor"]?["Attributes"] is JsonObject attrs
            ? attrs.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        return new DockerEvent(
            obj["Type"]?.GetValue<string>() ?? string.Empty,
            obj["Action"]?.GetValue<string>() ?? string.Empty,
            obj["Actor"]?["ID"]?.GetValue<string>() ?? string.Empty,
            attributes,
            obj["timeNano"]?.GetValue<long>() ?? 0);
    }
}
