using System.Text.RegularExpressions;

namespace Maiev.Actors.Versions;

/// <summary>
/// An image tag split into maiev's species and version: the tag is cut at every <c>-</c>; parts
/// that start with a digit, and the word <c>latest</c>, form the version (re-joined with <c>-</c>);
/// the other parts form the species. <c>overseer-1.0.69a1</c> → (overseer, 1.0.69a1);
/// <c>load_manager-release-1.3.1</c> → (load_manager-release, 1.3.1); <c>3.6.1-alpine</c> →
/// (alpine, 3.6.1); <c>producer-1.3.0-119b</c> → (producer, 1.3.0-119b); <c>alpine</c> →
/// (alpine, none); <c>latest</c> → (none, latest). Absent parts are null, never empty.
/// Unlike maiev, a prerelease word (alpha, beta, rc, pre, preview, dev, snapshot, optionally
/// numbered) right after a version stays in the version: <c>1.2.0-rc1</c> → (none, 1.2.0-rc1).
/// </summary>
/// <param name="Tag">The tag as given (empty when there was none).</param>
/// <param name="Species">The species, or null when the tag has none.</param>
/// <param name="Version">The version text, or null when the tag has none.</param>
internal sealed partial record TagVersion(string Tag, string? Species, string? Version)
{
    /// <summary>The moving version word that maiev orders above every numbered version.</summary>
    public const string Latest = "latest";

    /// <summary>True when the version is <c>latest</c>.</summary>
    public bool IsLatest => string.Equals(Version, Latest, StringComparison.Ordinal);

    /// <summary>The coerced semantic version, or null when there is no numbered version.</summary>
    public SemanticVersion? Semantic =>
        SemanticVersion.TryCoerce(Version, out var semantic) ? semantic : null;

    /// <summary>Splits <paramref name="tag"/> (null or empty gives no species and no version).</summary>
    public static TagVersion Parse(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return new TagVersion(string.Empty, null, null);
        }

        var species = new List<string>();
        var version = new List<string>();
        var afterVersion = false;
        foreach (var part in tag.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            // Maiev addition: a semver prerelease word right after a version belongs to it
            // (1.2.0-rc1, 2.0.0-beta.2); maiev made it a species. See docs/maiev-compatibility.md.
            var isVersion = char.IsAsciiDigit(part[0])
                || string.Equals(part, Latest, StringComparison.Ordinal)
                || (afterVersion && PrereleaseWord().IsMatch(part));
            (isVersion ? version : species).Add(part);
            afterVersion = isVersion && !string.Equals(part, Latest, StringComparison.Ordinal);
        }

        return new TagVersion(
            tag,
            species.Count == 0 ? null : string.Join('-', species),
            version.Count == 0 ? null : string.Join('-', version));
    }

    /// <summary>
    /// Orders two versions of the same species as maiev did: <c>latest</c> is above every numbered
    /// version and equal to itself; numbered versions follow <see cref="SemanticVersion"/>.
    /// Returns null when they cannot be ordered (a missing or non-numeric version).
    /// </summary>
    public static int? CompareVersions(string? left, string? right)
    {
        var leftLatest = string.Equals(left, Latest, StringComparison.Ordinal);
        var rightLatest = string.Equals(right, Latest, StringComparison.Ordinal);
        if (leftLatest || rightLatest)
        {
            return leftLatest && rightLatest ? 0
                : leftLatest ? (SemanticVersion.TryCoerce(right, out _) ? 1 : null)
                : (SemanticVersion.TryCoerce(left, out _) ? -1 : null);
        }

        return SemanticVersion.TryCoerce(left, out var l) && SemanticVersion.TryCoerce(right, out var r)
            ? l!.CompareTo(r)
            : null;
    }

    [GeneratedRegex(@"^(?:alpha|beta|rc|pre|preview|dev|snapshot)(?:\.?[0-9]+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex PrereleaseWord();
}
