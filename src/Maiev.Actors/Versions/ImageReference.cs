using System.Text.RegularExpressions;

namespace Maiev.Actors.Versions;

/// <summary>
/// A Docker image reference <c>[host[:port]/]repository[:tag][@digest]</c>, e.g.
/// <c>localhost:5000/maiev:producer-1.0.1@sha256:d2a8…</c>. The first path component is the
/// registry host when it contains a dot or a colon or is <c>localhost</c> (Docker's rule);
/// otherwise the registry is <see cref="DefaultRegistry"/> and is not written back.
/// </summary>
/// <param name="Registry">The registry host (with port), or null for Docker Hub.</param>
/// <param name="Repository">The repository path, e.g. <c>maiev</c> or <c>team/app</c>.</param>
/// <param name="Tag">The tag, or null.</param>
/// <param name="Digest">The content digest (<c>sha256:…</c>), or null.</param>
internal sealed partial record ImageReference(string? Registry, string Repository, string? Tag, string? Digest)
{
    /// <summary>The registry an image without a host comes from.</summary>
    public const string DefaultRegistry = "docker.io";

    /// <summary>The registry host and repository (<c>localhost:5000/maiev</c>), the key pushes are routed by.</summary>
    public string Name => Registry is null ? Repository : $"{Registry}/{Repository}";

    /// <summary>
    /// The name normalised for comparison: Docker Hub spelled out and its official images under
    /// <c>library/</c>, so <c>nginx</c> and <c>docker.io/library/nginx</c> are the same.
    /// </summary>
    public string CanonicalName
    {
        get
        {
            var registry = Registry is null or "index.docker.io" or "registry-1.docker.io" ? DefaultRegistry : Registry;
            var repository = registry == DefaultRegistry && !Repository.Contains('/', StringComparison.Ordinal)
                ? "library/" + Repository
                : Repository;
            return $"{registry}/{repository}";
        }
    }

    /// <summary>The tag split into species and version (maiev's scheme).</summary>
    public TagVersion TagVersion => TagVersion.Parse(Tag);

    /// <summary>
    /// maiev's image id: the name and the tag's species (<c>localhost/maiev:overseer</c>), or just the
    /// name when the tag has no species. Pushes are matched to services by this.
    /// </summary>
    public string SpeciesName => TagVersion.Species is { } species ? $"{Name}:{species}" : Name;

    /// <summary>
    /// Orders this image's version against <paramref name="other"/>'s as maiev did: only images of the
    /// same repository and species compare; <c>latest</c> is above every numbered version. Null when
    /// they cannot be ordered (another repository or species, or a missing version).
    /// </summary>
    public int? CompareVersionTo(ImageReference other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return SameRepository(other) && string.Equals(TagVersion.Species, other.TagVersion.Species, StringComparison.Ordinal)
            ? TagVersion.CompareVersions(TagVersion.Version, other.TagVersion.Version)
            : null;
    }

    /// <summary>True when both name the same registry and repository (tag and digest ignored).</summary>
    public bool SameRepository(ImageReference other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(CanonicalName, other.CanonicalName, StringComparison.Ordinal);
    }

    /// <summary>This repository at another tag pinned to a digest: what an upgrade deploys.</summary>
    public ImageReference At(string tag, string digest) => this with { Tag = tag, Digest = digest };

    /// <summary>The reference as Docker writes it.</summary>
    public override string ToString() =>
        Name + (Tag is null ? string.Empty : ":" + Tag) + (Digest is null ? string.Empty : "@" + Digest);

    /// <summary>Parses a reference; false with a message saying what is wrong otherwise.</summary>
    public static bool TryParse(string? text, out ImageReference? reference, out string? error)
    {
        reference = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "an image reference is empty";
            return false;
        }

        string? digest = null;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var rest = text;
        if (at >= 0)
        {
            digest = text[(at + 1)..];
            rest = text[..at];
            if (!DigestPattern().IsMatch(digest))
            {
                error = $"image '{text}': digest '{digest}' is not algorithm:hex (e.g. sha256:…)";
                return false;
            }
        }

        string? tag = null;
        var slash = rest.LastIndexOf('/');
        var colon = rest.LastIndexOf(':');
        if (colon > slash)
        {
            tag = rest[(colon + 1)..];
            rest = rest[..colon];
            if (!TagPattern().IsMatch(tag))
            {
                error = $"image '{text}': tag '{tag}' must be 1–128 of letters, digits, '_', '.', '-' and not start with '.' or '-'";
                return false;
            }
        }

        string? registry = null;
        var first = rest.IndexOf('/', StringComparison.Ordinal);
        if (first > 0)
        {
            var head = rest[..first];
            if (head.Contains('.', StringComparison.Ordinal) || head.Contains(':', StringComparison.Ordinal) || head == "localhost")
            {
                registry = head;
                rest = rest[(first + 1)..];
            }
        }

        if (!RepositoryPattern().IsMatch(rest))
        {
            error = $"image '{text}': repository '{rest}' must be lower-case path components ([a-z0-9] separated by '.', '_', '-', '/')";
            return false;
        }

        reference = new ImageReference(registry, rest, tag, digest);
        return true;
    }

    /// <summary>Parses a reference or throws a <see cref="FormatException"/> saying what is wrong.</summary>
    public static ImageReference Parse(string text) =>
        TryParse(text, out var reference, out var error) ? reference! : throw new FormatException(error);

    [GeneratedRegex("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex TagPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{5,}$")]
    private static partial Regex DigestPattern();
}
