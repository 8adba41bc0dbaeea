using Maiev.Actors.Versions;

namespace Maiev.Actors.Upgrades;

/// <summary>
/// One event of a registry notification, as read by <see cref="RegistryNotificationParser"/>. Only
/// <see cref="IsRelevant"/> events lead anywhere: a push of a tagged manifest.
/// </summary>
/// <param name="Id">The event id the registry de-duplicates by (Docker Hub: repository, tag and push time).</param>
/// <param name="Action">The action (<c>push</c>, <c>pull</c>, <c>delete</c>, …).</param>
/// <param name="MediaType">The target's media type; null when the format does not say (Docker Hub).</param>
/// <param name="Repository">The repository path (<c>team/app</c>).</param>
/// <param name="Tag">The tag, or null (blob pushes and pushes by digest have none).</param>
/// <param name="Digest">The target's digest, or null.</param>
/// <param name="Host">The registry host the client pushed to (<c>request.host</c>); null for Docker Hub.</param>
/// <param name="Timestamp">When the registry saw it, if stated.</param>
/// <param name="Source">The format the event came in.</param>
internal sealed record RegistryEvent(
    string Id,
    string Action,
    string? MediaType,
    string Repository,
    string? Tag,
    string? Digest,
    string? Host,
    DateTimeOffset? Timestamp,
    RegistryEventSource Source)
{
    /// <summary>The manifest media types a push of an image (or a multi-platform image) carries.</summary>
    public static readonly IReadOnlySet<string> ManifestMediaTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.oci.image.index.v1+json",
    };

    /// <summary>
    /// A push of a tagged manifest: action <c>push</c>, a tag, and a manifest media type (Docker Hub
    /// webhooks only ever announce tag pushes and name no media type).
    /// </summary>
    public bool IsRelevant =>
        string.Equals(Action, "push", StringComparison.Ordinal)
        && !string.IsNullOrEmpty(Tag)
        && (Source == RegistryEventSource.DockerHub || (MediaType is not null && ManifestMediaTypes.Contains(MediaType)));

    /// <summary>
    /// The pull reference <c>{host}/{repository}:{tag}@{digest}</c> (Docker Hub: <c>{repository}:{tag}</c>), or null
    /// when the event names no valid image.
    /// </summary>
    public ImageReference? Image
    {
        get
        {
            var text = (Host is null ? string.Empty : Host + "/") + Repository
                + (Tag is null ? string.Empty : ":" + Tag) + (Digest is null ? string.Empty : "@" + Digest);
            return ImageReference.TryParse(text, out var image, out _) ? image : null;
        }
    }
}
