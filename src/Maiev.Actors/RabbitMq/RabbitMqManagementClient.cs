using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Maiev.Actors.RabbitMq;

/// <summary>
/// A typed client of the RabbitMQ management HTTP API. Answers are tolerant (every field optional);
/// failures are <see cref="RabbitMqApiException"/>s whose <see cref="RabbitMqApiException.Kind"/> says
/// who is at fault. Credentials travel only in the <c>Authorization</c> header: never in a URI, a log
/// line or an exception message. Thread-safe.
/// </summary>
internal sealed partial class RabbitMqManagementClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly RabbitMqManagementOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates a client. <paramref name="handler"/> (owned by the client) defaults to a <see cref="SocketsHttpHandler"/>.</summary>
    public RabbitMqManagementClient(
        RabbitMqManagementOptions options,
        TimeProvider? time = null,
        ILogger<RabbitMqManagementClient>? logger = null,
        HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        var root = options.BaseAddress.AbsoluteUri.EndsWith('/') ? options.BaseAddress : new Uri(options.BaseAddress.AbsoluteUri + "/");
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = root,
            Timeout = Timeout.InfiniteTimeSpan, // per request, below, so a timeout is "unavailable" and not the caller's cancellation
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.UserName}:{options.Password}")));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    /// <summary>The options the client was made with.</summary>
    public RabbitMqManagementOptions Options => _options;

    /// <summary>The path (relative to the API root) of one queue: <c>queues/{vhost}/{name}</c>, each segment escaped (<c>/</c> → <c>%2F</c>).</summary>
    public static string QueuePath(string vhost, string queue) =>
        $"queues/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(queue)}";

    /// <summary>
    /// Reads one queue. Returns null when the broker answers 404: the queue (or its vhost) does not exist.
    /// </summary>
    /// <exception cref="RabbitMqApiException">Unauthorized, forbidden, unavailable or an invalid answer.</exception>
    public async Task<QueueStats?> GetQueueAsync(string vhost, string queue, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(vhost);
        ArgumentException.ThrowIfNullOrEmpty(queue);
        using var doc = await GetJsonAsync(QueuePath(vhost, queue), notFoundIsNull: true, cancellationToken).ConfigureAwait(false);
        return doc is null ? null : Parse(() => QueueStatsJson.Read(doc.RootElement, queue));
    }

    /// <summary>
    /// Lists every queue of a vhost with only the columns metrics need: one request, or one per page of
    /// <see cref="RabbitMqManagementOptions.PageSize"/> when set.
    /// </summary>
    /// <exception cref="RabbitMqApiException"><see cref="RabbitMqApiErrorKind.NotFound"/> for an unknown vhost; otherwise as <see cref="GetQueueAsync"/>.</exception>
    public async Task<IReadOnlyList<QueueStats>> ListQueuesAsync(string vhost, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(vhost);
        var path = $"queues/{Uri.EscapeDataString(vhost)}?columns={QueueStatsJson.Columns}";
        if (_options.PageSize is not { } pageSize)
        {
            using var all = await GetJsonAsync(path, notFoundIsNull: false, cancellationToken).ConfigureAwait(false);
            return Parse(() => ReadArray(all!.RootElement));
        }

        var result = new List<QueueStats>();
        for (var page = 1; ; page++)
        {
            using var doc = await GetJsonAsync($"{path}&page={page}&page_size={pageSize}", notFoundIsNull: false, cancellationToken).ConfigureAwait(false);
            var pageCount = Parse(() =>
            {
                result.AddRange(ReadArray(doc!.RootElement.GetProperty("items")));
                return doc.RootElement.TryGetProperty("page_count", out var pc) && pc.TryGetInt32(out var n) ? n : 1;
            });
            if (page >= pageCount)
            {
                return result;
            }
        }
    }

    /// <summary>Reads the broker overview (versions, cluster and node names).</summary>
    /// <exception cref="RabbitMqApiException">As <see cref="GetQueueAsync"/>.</exception>
    public async Task<RabbitMqOverview> GetOverviewAsync(CancellationToken cancellationToken)
    {
        using var doc = await GetJsonAsync("overview?columns=management_version,rabbitmq_version,cluster_name,node", false, cancellationToken).ConfigureAwait(false);
        return Parse(() =>
        {
            var root = doc!.RootElement;
            string? S(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return new RabbitMqOverview(S("management_version"), S("rabbitmq_version"), S("cluster_name"), S("node"));
        });
    }

    /// <summary>
    /// Samples the watched <paramref name="queues"/> of a vhost with one bulk poll. Never throws for the
    /// API's failures: a queue the broker lacks is <c>exists = false</c>; when the API cannot be asked
    /// (unreachable, 401, 403, unknown vhost, invalid answer) every queue is <em>unknown</em> with the reason.
    /// </summary>
    public async Task<IReadOnlyList<QueueSample>> SampleAsync(string vhost, IReadOnlyCollection<string> queues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queues);
        IReadOnlyList<QueueStats> listed;
        try
        {
            listed = await ListQueuesAsync(vhost, cancellationToken).ConfigureAwait(false);
        }
        catch (RabbitMqApiException e)
        {
            var at = _time.GetUtcNow();
            return queues.Select(q => QueueSample.Unknown(vhost, q, at, e.Message)).ToList();
        }

        var now = _time.GetUtcNow();
        var byName = new Dictionary<string, QueueStats>(listed.Count, StringComparer.Ordinal);
        foreach (var stats in listed)
        {
            byName[stats.Name] = stats;
        }

        return queues
            .Select(q => QueueSample.Known(vhost, q, QueueMetricsCalculator.Compute(byName.GetValueOrDefault(q), now)))
            .ToList();
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static List<QueueStats> ReadArray(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"expected a JSON array of queues, got {array.ValueKind}");
        }

        var list = new List<QueueStats>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            list.Add(QueueStatsJson.Read(item));
        }

        return list;
    }

    private T Parse<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException or JsonException)
        {
            throw new RabbitMqApiException(RabbitMqApiErrorKind.InvalidResponse,
                $"The RabbitMQ management API at {_options.Describe()} sent an answer Maiev cannot read: {e.Message}", e);
        }
    }
}
