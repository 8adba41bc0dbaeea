using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Maiev.Cli.Contract;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Http;

/// <summary>
/// Talks to one node's admin API (docs/admin-api.md). Every failure becomes a
/// <see cref="CliException"/> with the documented exit code: unreachable or timed out → 4,
/// 401 → 6, 404 → 3, refused (400/409/413/422) → 5, 503 → 4, anything else → 1.
/// The token goes only into the <c>Authorization</c> header, never into a message.
/// </summary>
internal sealed class NodeClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly CliEnvironment _environment;
    private readonly bool _hasToken;

    /// <summary>Creates a client for the node at <paramref name="node"/> (a base URI ending in <c>/</c>).</summary>
    public NodeClient(Uri node, string? token, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(environment);
        Node = node;
        _environment = environment;
        _hasToken = token is not null;
        var handler = new SocketsHttpHandler { ConnectTimeout = environment.RequestTimeout };
        _http = new HttpClient(handler) { BaseAddress = new Uri(node, "api/v1/"), Timeout = Timeout.InfiniteTimeSpan };
        if (token is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    /// <summary>The node's base URI, as the user gave it.</summary>
    public Uri Node { get; }

    /// <summary>GETs <paramref name="path"/> (relative to <c>/api/v1/</c>).</summary>
    public Task<NodeResponse> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    /// <summary>GETs <paramref name="path"/> and reads the answer as <typeparamref name="T"/>, keeping the JSON too.</summary>
    /// <exception cref="JsonException">The answer does not have the contract's shape.</exception>
    public async Task<(T Value, JsonElement Json)> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        var response = await GetAsync(path, cancellationToken).ConfigureAwait(false);
        var body = response.RequireBody();
        return (ContractJson.Read<T>(body), body);
    }

    /// <summary>Sends a request and reads its JSON answer within the request timeout.</summary>
    /// <exception cref="CliException">The node could not be reached or refused the request.</exception>
    public async Task<NodeResponse> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_environment.RequestTimeout, _environment.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using var response = await _http.SendAsync(request, linked.Token).ConfigureAwait(false);
            var body = await ReadJsonAsync(response, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw ProblemTranslator.ToException(response.StatusCode, body, Node, _hasToken);
            }

            return new NodeResponse(response.StatusCode, body);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw TimedOut();
        }
        catch (HttpRequestException e)
        {
            throw Unreachable(e);
        }
    }

    /// <summary>
    /// Opens <c>GET /stream</c> (server-sent events) and returns the open response; the caller reads
    /// and disposes it. Only the wait for the headers is bounded by the request timeout.
    /// </summary>
    /// <exception cref="CliException">The node could not be reached or refused the request.</exception>
    public async Task<HttpResponseMessage> OpenStreamAsync(string path, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_environment.RequestTimeout, _environment.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        HttpResponseMessage? response = null;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var body = await ReadJsonAsync(response, linked.Token).ConfigureAwait(false);
                throw ProblemTranslator.ToException(response.StatusCode, body, Node, _hasToken);
            }

            var opened = response;
            response = null;
            return opened;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw TimedOut();
        }
        catch (HttpRequestException e)
        {
            throw Unreachable(e);
        }
        finally
        {
            response?.Dispose();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException) when (!response.IsSuccessStatusCode)
        {
            // An error page that is not JSON (a proxy, a wrong port): the status still says enough.
            return null;
        }
    }

    private CliException Unreachable(HttpRequestException e) => new(
        ExitCodes.Unreachable,
        $"cannot reach the node at {Node}: {(e.InnerException?.Message ?? e.Message).TrimEnd('.')}.",
        "Check that the node runs (dotnet run --project src/Maiev.Node) and that --node or MAIEV_NODE points at it.");

    private CliException TimedOut() => new(
        ExitCodes.Unreachable,
        $"the node at {Node} did not answer within {_environment.RequestTimeout.TotalSeconds:0} s.",
        "Check the node's load and logs, then retry.");
}
