using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Maiev.Actors.Registry;

/// <summary>
/// A Docker registry (distribution v2 API) client: the tags of a repository (following <c>Link</c>
/// pagination) and the manifest digest of a tag (HEAD with Docker v2, OCI and list/index media types).
/// Authenticates with basic auth, or with a bearer token fetched from the realm a 401 challenge names.
/// Thread-safe.
/// </summary>
internal sealed partial class RegistryClient : IDisposable
{
    /// <summary>The manifest types asked for, so a multi-arch tag answers with its index digest.</summary>
    public static readonly IReadOnlyList<string> ManifestMediaTypes =
    [
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.oci.image.index.v1+json",
    ];

    private readonly HttpClient _http;
    private readonly RegistryCredentials? _credentials;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly Lock _tokensLock = new();

    /// <summary>Creates a client for the registry at <paramref name="baseAddress"/> (e.g. <c>http://127.0.0.1:5000/</c>).</summary>
    public RegistryClient(Uri baseAddress, RegistryCredentials? credentials = null, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        _credentials = credentials;
        _time = time ?? TimeProvider.System;
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>How long one request may take. Default 15 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Every tag of <paramref name="repository"/>, following <c>Link: &lt;…&gt;; rel="next"</c> pages.
    /// An unknown repository has no tags (empty list).
    /// </summary>
    /// <exception cref="RegistryApiException">Unreachable, refused credentials, or an unreadable answer.</exception>
    public async Task<IReadOnlyList<string>> ListTagsAsync(string repository, CancellationToken cancellationToken, int? pageSize = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(repository);
        var tags = new List<string>();
        string? next = $"v2/{repository}/tags/list" + (pageSize is { } n ? $"?n={n}" : string.Empty);
        while (next is not null)
        {
            using var response = await SendAsync(HttpMethod.Get, next, repository, null, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return tags;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                using var doc = JsonDocument.Parse(body);
                if (doc.RootElement.TryGetProperty("tags", out var array) && array.ValueKind == JsonValueKind.Array)
                {
                    tags.AddRange(array.EnumerateArray().Select(t => t.GetString()).OfType<string>());
                }
            }
            catch (JsonException e)
            {
                throw new RegistryApiException($"tags list of {repository} is not JSON: {e.Message}", (int)response.StatusCode, e);
            }

            next = NextLink(response);
        }

        return tags;
    }

    /// <summary>
    /// The digest (<c>sha256:…</c>) of <paramref name="repository"/>:<paramref name="tag"/>, from the
    /// <c>Docker-Content-Digest</c> header of a manifest HEAD; null when the tag does not exist.
    /// </summary>
    /// <exception cref="RegistryApiException">Unreachable, refused credentials, or no digest header.</exception>
    public async Task<string?> GetManifestDigestAsync(string repository, string tag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(repository);
        ArgumentException.ThrowIfNullOrEmpty(tag);
        using var response = await SendAsync(HttpMethod.Head, $"v2/{repository}/manifests/{Uri.EscapeDataString(tag)}", repository,
            r => r.Headers.Accept.ParseAdd(string.Join(", ", ManifestMediaTypes)), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        return response.Headers.TryGetValues("Docker-Content-Digest", out var values) && values.FirstOrDefault() is { Length: > 0 } digest
            ? digest
            : throw new RegistryApiException($"HEAD manifest {repository}:{tag} answered without Docker-Content-Digest.", (int)response.StatusCode);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <summary>The next page of a <c>Link</c> header (<c>&lt;/v2/…?last=x&amp;n=y&gt;; rel="next"</c>), or null.</summary>
    internal static string? NextLink(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var links))
        {
            return null;
        }

        foreach (var link in links.SelectMany(l => l.Split(',')))
        {
            var open = link.IndexOf('<', StringComparison.Ordinal);
            var close = link.IndexOf('>', StringComparison.Ordinal);
            if (open >= 0 && close > open && link.Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                return link[(open + 1)..close].TrimStart('/');
            }
        }

        return null;
    }

    private AuthenticationHeaderValue? Basic() => _credentials is null
        ? null
        : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_credentials.UserName}:{_credentials.Password}")));
}
