using System.Text.RegularExpressions;

namespace Maiev.Actors.Versions;

/// <summary>
/// A service's upgrade policy: <c>none</c>, <c>patch</c>, <c>minor</c>, <c>major</c>, <c>all</c>,
/// <c>force</c> or <c>glob:&lt;pattern&gt;</c>. Prereleases (<c>1.2.0-rc1</c>, <c>1.0.69a1</c>) are
/// only followed when <see cref="AllowPrereleases"/> is set. No policy ever downgrades.
/// </summary>
/// <param name="Kind">What the policy follows.</param>
/// <param name="Pattern">The glob for <see cref="VersionPolicyKind.Glob"/>, otherwise null.</param>
/// <param name="AllowPrereleases">Whether prerelease versions may be deployed.</param>
internal sealed record VersionPolicy(VersionPolicyKind Kind, string? Pattern = null, bool AllowPrereleases = false)
{
    /// <summary>The default: no automatic upgrades.</summary>
    public static VersionPolicy Disabled { get; } = new(VersionPolicyKind.None);

    /// <summary>Parses the policy text; false with a message naming the accepted forms otherwise.</summary>
    public static bool TryParse(string? text, bool allowPrereleases, out VersionPolicy? policy, out string? error)
    {
        policy = null;
        error = null;
        var value = text?.Trim() ?? string.Empty;
        if (value.StartsWith("glob:", StringComparison.OrdinalIgnoreCase))
        {
            var pattern = value[5..];
            if (pattern.Length == 0)
            {
                error = "policy 'glob:' needs a pattern, e.g. glob:web-1.*";
                return false;
            }

            policy = new VersionPolicy(VersionPolicyKind.Glob, pattern, allowPrereleases);
            return true;
        }

        VersionPolicyKind? kind = value.ToUpperInvariant() switch
        {
            "NONE" => VersionPolicyKind.None,
            "PATCH" => VersionPolicyKind.Patch,
            "MINOR" => VersionPolicyKind.Minor,
            "MAJOR" => VersionPolicyKind.Major,
            "ALL" => VersionPolicyKind.All,
            "FORCE" => VersionPolicyKind.Force,
            _ => null,
        };
        if (kind is null)
        {
            error = $"unknown version policy '{value}': use none, patch, minor, major, all, force or glob:<pattern>";
            return false;
        }

        policy = new VersionPolicy(kind.Value, null, allowPrereleases);
        return true;
    }

    /// <summary>Parses the policy text or throws a <see cref="FormatException"/> naming the accepted forms.</summary>
    public static VersionPolicy Parse(string text, bool allowPrereleases = false) =>
        TryParse(text, allowPrereleases, out var policy, out var error) ? policy! : throw new FormatException(error);

    /// <summary>True when <paramref name="tag"/> matches the glob (<c>*</c> any run, <c>?</c> one character; case-sensitive).</summary>
    public bool GlobMatches(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (Pattern is null)
        {
            return false;
        }

        var regex = "^" + Regex.Escape(Pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(tag, regex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The text form, e.g. <c>minor</c> or <c>glob:web-1.*</c> (with <c>+prereleases</c> when allowed).</summary>
    public override string ToString() =>
        (Kind == VersionPolicyKind.Glob ? "glob:" + Pattern : Kind.ToString().ToLowerInvariant())
        + (AllowPrereleases ? " +prereleases" : string.Empty);
}
