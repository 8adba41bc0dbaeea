using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Maiev.Actors.Docker;

/// <summary>Images: digest of a tag (distribution inspect), tag and push (tests and the demo).</summary>
internal sealed partial class DockerClient
{
    /// <summary>
    /// Resolves <paramref name="reference"/> (<c>registry/repo:tag</c>) to its manifest digest through the
    /// daemon (<c>GET /distribution/{ref}/json</c>), which asks the registry.
    /// </summary>
    /// <param name="reference">The image reference to resolve.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <param name="registryAuth">Base64 <c>X-Registry-Auth</c> JSON, or null for an open registry.</param>
    public async Task<string> GetDistributionDigestAsync(string reference, CancellationToken cancellationToken, string? registryAuth = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(reference);
        var node = await SendJsonAsync(HttpMethod.Get, $"distribution/{reference}/json", null, cancellationToken,
            configure: r => AddAuth(r, registryAuth)).ConfigureAwait(false);
        return node?["Descriptor"]?["digest"]?.GetValue<string>()
            ?? throw new DockerApiException(DockerErrorKind.Unavailable, $"distribution inspect of {reference} answered without a digest.");
    }

    /// <summary>Tags a local image (<c>POST /images/{name}/tag</c>).</summary>
    public async Task TagImageAsync(string image, string repository, string tag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(image);
        await SendJsonAsync(HttpMethod.Post, $"images/{image}/tag?repo={Uri.EscapeDataString(repository)}&tag={Uri.EscapeDataString(tag)}", null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Pushes <paramref name="repository"/>:<paramref name="tag"/> to its registry and returns the pushed
    /// digest. The daemon answers 200 and reports failures inside its progress stream: those become
    /// <see cref="DockerApiException"/>s with the daemon's message.
    /// </summary>
    public async Task<string?> PushImageAsync(string repository, string tag, CancellationToken cancellationToken, string? registryAuth = null)
    {
        var prefix = await PrefixAsync(cancellationToken).ConfigureAwait(false);
        using var response = await SendRawAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"{prefix}images/{repository}/push?tag={Uri.EscapeDataString(tag)}");
            AddAuth(request, registryAuth ?? Convert.ToBase64String("{}"u8));
            return request;
        }, "POST /images/push", cancellationToken, streaming: true).ConfigureAwait(false);
        var progress = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        string? digest = null;
        foreach (var line in progress.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(line);
            }
            catch (JsonException)
            {
                continue;
            }

            if (node?["error"]?.GetValue<string>() is { } error)
            {
                throw new DockerApiException(DockerErrorKind.Unavailable, $"push of {repository}:{tag} failed: {error}", daemonMessage: error);
            }

            digest = node?["aux"]?["Digest"]?.GetValue<string>() ?? digest;
        }

        return digest;
    }

    private static void AddAuth(HttpRequestMessage request, string? registryAuth)
    {
        if (registryAuth is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Registry-Auth", registryAuth);
        }
    }

    /// <summary>The <c>X-Registry-Auth</c> header value for a user and password (base64url JSON).</summary>
    public static string RegistryAuth(string username, string password, string serverAddress) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["username"] = username,
            ["password"] = password,
            ["serveraddress"] = serverAddress,
        }.ToJsonString())).Replace('+', '-').Replace('/', '_');
}
