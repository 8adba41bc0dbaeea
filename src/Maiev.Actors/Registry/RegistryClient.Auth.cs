using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Maiev.Actors.Registry;

/// <summary>Sending with authentication: basic first, then a bearer token when the registry challenges.</summary>
internal sealed partial class RegistryClient
{
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string repository, Action<HttpRequestMessage>? configure, CancellationToken cancellationToken)
    {
        var what = $"{method} /{path.Split('?')[0]}";
        string? token;
        lock (_tokensLock)
        {
            _tokens.TryGetValue(repository, out token);
        }

        var response = await SendOnceAsync(method, path, configure, token is null ? Basic() : new AuthenticationHeaderValue("Bearer", token), what, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized
            && response.Headers.WwwAuthenticate.FirstOrDefault(h => h.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)) is { } challenge)
        {
            response.Dispose();
            token = await FetchTokenAsync(challenge, what, cancellationToken).ConfigureAwait(false);
            lock (_tokensLock)
            {
                _tokens[repository] = token;
            }

            response = await SendOnceAsync(method, path, configure, new AuthenticationHeaderValue("Bearer", token), what, cancellationToken).ConfigureAwait(false);
        }

        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound)
        {
            return response;
        }

        var status = (int)response.StatusCode;
        response.Dispose();
        throw new RegistryApiException($"{what} answered HTTP {status}" + (status is 401 or 403 ? " (credentials refused)." : "."), status);
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, string path, Action<HttpRequestMessage>? configure, AuthenticationHeaderValue? auth, string what, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = auth;
        configure?.Invoke(request);
        try
        {
            return await _http.SendAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RegistryApiException($"{what} at {_http.BaseAddress}: no answer within {RequestTimeout.TotalSeconds:0.#} s.", null);
        }
        catch (HttpRequestException e)
        {
            throw new RegistryApiException($"{what} at {_http.BaseAddress} failed: {e.Message}", null, e);
        }
    }

    // Token flow of the distribution spec: GET {realm}?service=…&scope=… (basic auth when we have credentials).
    private async Task<string> FetchTokenAsync(AuthenticationHeaderValue challenge, string what, CancellationToken cancellationToken)
    {
        var parameters = ParseChallenge(challenge.Parameter ?? string.Empty);
        if (!parameters.TryGetValue("realm", out var realm) || !Uri.TryCreate(realm, UriKind.Absolute, out var realmUri))
        {
            throw new RegistryApiException($"{what}: the registry's bearer challenge names no usable realm.", 401);
        }

        var query = string.Join('&', parameters.Where(kv => kv.Key is "service" or "scope").Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value)}"));
        var tokenUri = new UriBuilder(realmUri) { Query = query }.Uri;
        using var response = await SendOnceAsync(HttpMethod.Get, tokenUri.AbsoluteUri, null, Basic(), what, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new RegistryApiException($"{what}: the token service at {realmUri.GetLeftPart(UriPartial.Path)} answered HTTP {(int)response.StatusCode}.", (int)response.StatusCode);
        }

        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        var root = doc.RootElement;
        return (root.TryGetProperty("token", out var t) ? t.GetString() : null)
            ?? (root.TryGetProperty("access_token", out var a) ? a.GetString() : null)
            ?? throw new RegistryApiException($"{what}: the token service answered without a token.", (int)response.StatusCode);
    }

    /// <summary>Parses <c>realm="…",service="…",scope="…"</c>.</summary>
    internal static Dictionary<string, string> ParseChallenge(string parameter)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < parameter.Length)
        {
            var eq = parameter.IndexOf('=', i);
            if (eq < 0)
            {
                break;
            }

            var key = parameter[i..eq].Trim(' ', ',');
            string value;
            if (eq + 1 < parameter.Length && parameter[eq + 1] == '"')
            {
                var end = parameter.IndexOf('"', eq + 2);
                end = end < 0 ? parameter.Length : end;
                value = parameter[(eq + 2)..end];
                i = end + 1;
            }
            else
            {
                var end = parameter.IndexOf(',', eq + 1);
                end = end < 0 ? parameter.Length : end;
                value = parameter[(eq + 1)..end];
                i = end;
            }

            result[key] = value;
        }

        return result;
    }
}
