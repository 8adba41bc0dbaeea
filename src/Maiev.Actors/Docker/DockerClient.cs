using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Maiev.Actors.Docker;

/// <summary>
/// A typed Docker Engine API client over <see cref="HttpClient"/> (unix socket, TCP, TLS with client
/// certificates). The API version is negotiated on first use: the lower of the daemon's and
/// <see cref="MaxApiVersion"/>. Failures are <see cref="DockerApiException"/>s carrying the daemon's message.
/// Thread-safe.
/// </summary>
internal sealed partial class DockerClient : IDisposable
{
    /// <summary>The newest API version this client was written against.</summary>
    public static readonly Version MaxApiVersion = new(1, 41);

    private readonly HttpClient _http;
    private readonly DockerEndpoint _endpoint;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _negotiation = new(1, 1);
    private string? _versionPrefix;

    /// <summary>Creates a client for <paramref name="endpoint"/>.</summary>
    public DockerClient(DockerEndpoint endpoint, TimeProvider? time = null, ILogger<DockerClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _endpoint = endpoint;
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _http = new HttpClient(endpoint.CreateHandler()) { BaseAddress = endpoint.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>How long an ordinary request may take before the daemon counts as unavailable. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times an update is re-read and retried after "update out of sequence". Default 5.</summary>
    public int MaxUpdateAttempts { get; init; } = 5;

    /// <summary>The negotiated API version (after the first call), e.g. <c>1.41</c>.</summary>
    public string? ApiVersion => _versionPrefix?.Trim('v', '/');

    /// <summary>Pings the daemon (<c>GET /_ping</c>) and negotiates the API version.</summary>
    /// <exception cref="DockerApiException">The daemon cannot be reached or refused the ping.</exception>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        _versionPrefix = null;
        await PrefixAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        _negotiation.Dispose();
    }

    private async Task<string> PrefixAsync(CancellationToken cancellationToken)
    {
        if (_versionPrefix is { } known)
        {
            return known;
        }

        await _negotiation.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_versionPrefix is null)
            {
                using var response = await SendRawAsync(() => new HttpRequestMessage(HttpMethod.Get, "_ping"), "GET /_ping", cancellationToken).ConfigureAwait(false);
                var daemon = response.Headers.TryGetValues("Api-Version", out var values)
                    && Version.TryParse(values.FirstOrDefault(), out var v) ? v : MaxApiVersion;
                var use = daemon < MaxApiVersion ? daemon : MaxApiVersion;
                _versionPrefix = string.Create(CultureInfo.InvariantCulture, $"v{use.Major}.{use.Minor}/");
                LogNegotiated(_logger, use, daemon);
            }

            return _versionPrefix;
        }
        finally
        {
            _negotiation.Release();
        }
    }

    private async Task<JsonNode?> SendJsonAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken, bool notFoundIsNull = false, Action<HttpRequestMessage>? configure = null)
    {
        var prefix = await PrefixAsync(cancellationToken).ConfigureAwait(false);
        var what = $"{method} /{path.Split('?')[0]}";
        using var response = await SendRawAsync(() =>
        {
            var request = new HttpRequestMessage(method, prefix + path);
            if (body is not null)
            {
                request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            }

            configure?.Invoke(request);
            return request;
        }, what, cancellationToken, notFoundIsNull).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound && notFoundIsNull)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new DockerApiException(DockerErrorKind.Unavailable, $"{what} answered invalid JSON: {e.Message}", (int)response.StatusCode, inner: e);
        }
    }

    /// <summary>Sends and maps transport failures and error statuses to <see cref="DockerApiException"/>. The caller disposes the response.</summary>
    private async Task<HttpResponseMessage> SendRawAsync(Func<HttpRequestMessage> create, string what, CancellationToken cancellationToken, bool notFoundIsNull = false, bool streaming = false)
    {
        using var timeout = new CancellationTokenSource(RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        HttpResponseMessage response;
        using var request = create();
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, streaming ? cancellationToken : linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DockerApiException(DockerErrorKind.Unavailable, $"{what} at {_endpoint.Host}: no answer within {RequestTimeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException e)
        {
            LogUnavailable(_logger, what, _endpoint.Host.ToString(), e.Message);
            throw new DockerApiException(DockerErrorKind.Unavailable, $"{what} at {_endpoint.Host} failed: {e.Message}", inner: e);
        }

        if (response.IsSuccessStatusCode || (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound))
        {
            return response;
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw ErrorFrom(what, (int)response.StatusCode, text);
        }
    }

    /// <summary>Maps an error answer to a typed exception (out of sequence is an HTTP 500 whose message says so).</summary>
    internal static DockerApiException ErrorFrom(string what, int status, string body)
    {
        string? message = null;
        try
        {
            message = JsonNode.Parse(body)?["message"]?.GetValue<string>();
        }
        catch (JsonException)
        {
            message = body.Length > 300 ? body[..300] : body;
        }

        var kind = status switch
        {
            404 => DockerErrorKind.NotFound,
            409 => DockerErrorKind.Conflict,
            401 or 403 => DockerErrorKind.Unauthorized,
            400 => DockerErrorKind.Invalid,
            _ when message?.Contains("update out of sequence", StringComparison.OrdinalIgnoreCase) == true => DockerErrorKind.OutOfSequence,
            _ => DockerErrorKind.Unavailable,
        };
        return new DockerApiException(kind, $"{what} answered HTTP {status}: {message ?? "(no message)"}", status, message);
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Debug, Message = "Docker API version {Version} negotiated (daemon {DaemonVersion})")]
    private static partial void LogNegotiated(ILogger logger, Version version, Version daemonVersion);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "Docker {Request} at {Host} failed: {Detail}")]
    private static partial void LogUnavailable(ILogger logger, string request, string host, string detail);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Docker update of {Service} was out of sequence at version {Version}; re-reading (attempt {Attempt})")]
    private static partial void LogOutOfSequence(ILogger logger, string service, ulong version, int attempt);
}
