using System.Collections.Immutable;
using System.Globalization;

namespace Maiev.Actors.Versions;

/// <summary>
/// A semantic version (major.minor.patch[-prerelease][+build]) as maiev's <c>semantic_version</c>
/// coerced image tags: <c>3</c> is 3.0.0, <c>1.0.69a1</c> is 1.0.69-a1 (a prerelease),
/// <c>1.3.0.110b</c> is 1.3.0+110b (build metadata). Ordering follows semver precedence:
/// a prerelease is below its release, numeric identifiers compare numerically and below
/// alphanumeric ones, and build metadata never orders (two versions differing only in build
/// compare as 0 while still not being <see cref="object.Equals(object)"/>).
/// </summary>
internal sealed record SemanticVersion(
    ulong Major,
    ulong Minor,
    ulong Patch,
    ImmutableArray<string> Prerelease,
    string Build) : IComparable<SemanticVersion>
{
    /// <summary>True when the version has prerelease identifiers (<c>1.0.0-rc1</c>, <c>1.0.69a1</c>).</summary>
    public bool IsPrerelease => !Prerelease.IsDefaultOrEmpty;

    /// <summary>
    /// Coerces a version string the way maiev did: the leading numeric part (up to three
    /// dot-separated numbers) is padded to three; what follows is a prerelease (after <c>-</c> or a
    /// letter), or build metadata (after <c>+</c> or <c>.</c>). Returns false when the string does
    /// not start with a digit or its rest is not a valid prerelease/build.
    /// </summary>
    public static bool TryCoerce(string? text, out SemanticVersion? version)
    {
        version = null;
        if (string.IsNullOrEmpty(text) || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        var numbers = new ulong[3];
        var index = 0;
        var part = 0;
        while (true)
        {
            var start = index;
            while (index < text.Length && char.IsAsciiDigit(text[index]))
            {
                index++;
            }

            if (!ulong.TryParse(text.AsSpan(start, index - start), NumberStyles.None, CultureInfo.InvariantCulture, out numbers[part]))
            {
                return false;
            }

            part++;
            if (part == 3 || index + 1 >= text.Length || text[index] != '.' || !char.IsAsciiDigit(text[index + 1]))
            {
                break;
            }

            index++;
        }

        var rest = text[index..];
        string prerelease;
        string build;
        if (rest.Length == 0)
        {
            (prerelease, build) = (string.Empty, string.Empty);
        }
        else
        {
            rest = Clean(rest);
            if (rest[0] is '+' or '.')
            {
                (prerelease, build) = (string.Empty, rest[1..]);
            }
            else
            {
                if (rest[0] == '-')
                {
                    rest = rest[1..];
                }

                var plus = rest.IndexOf('+', StringComparison.Ordinal);
                (prerelease, build) = plus < 0 ? (rest, string.Empty) : (rest[..plus], rest[(plus + 1)..]);
            }

            build = build.Replace('+', '.');
        }

        var identifiers = prerelease.Length == 0 ? [] : prerelease.Split('.').ToImmutableArray();
        if (identifiers.Any(string.IsNullOrEmpty) || (build.Length > 0 && build.Split('.').Any(string.IsNullOrEmpty)))
        {
            return false;
        }

        version = new SemanticVersion(numbers[0], numbers[1], numbers[2], identifiers, build);
        return true;
    }

    /// <summary>Coerces <paramref name="text"/> or throws a <see cref="FormatException"/> naming it.</summary>
    public static SemanticVersion Coerce(string text) =>
        TryCoerce(text, out var version)
            ? version!
            : throw new FormatException($"'{text}' is not a version: it must start with a number (e.g. 1, 1.2, 1.2.3-rc1).");

    /// <inheritdoc />
    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = Major.CompareTo(other.Major);
        c = c != 0 ? c : Minor.CompareTo(other.Minor);
        c = c != 0 ? c : Patch.CompareTo(other.Patch);
        return c != 0 ? c : ComparePrerelease(Prerelease, other.Prerelease);
    }

    /// <summary>True when both have the same precedence (equal ignoring build metadata).</summary>
    public bool SamePrecedence(SemanticVersion other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public bool Equals(SemanticVersion? other) =>
        other is not null && CompareTo(other) == 0 && string.Equals(Build, other.Build, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch, string.Join('.', Prerelease), Build);

    /// <summary>The canonical text, e.g. <c>1.0.69-a1+build45</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}")
        + (IsPrerelease ? "-" + string.Join('.', Prerelease) : string.Empty)
        + (Build.Length > 0 ? "+" + Build : string.Empty);

    private static string Clean(string rest)
    {
        var chars = rest.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(chars[i]) || chars[i] is '+' or '.' or '-'))
            {
                chars[i] = '-';
            }
        }

        return new string(chars);
    }

    private static int ComparePrerelease(ImmutableArray<string> left, ImmutableArray<string> right)
    {
        var l = left.IsDefault ? [] : left;
        var r = right.IsDefault ? [] : right;
        if (l.Length == 0 || r.Length == 0)
        {
            return r.Length.CompareTo(l.Length); // a release (no identifiers) is above any prerelease
        }

        for (var i = 0; i < Math.Min(l.Length, r.Length); i++)
        {
            var c = CompareIdentifier(l[i], r[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return l.Length.CompareTo(r.Length);
    }

    private static int CompareIdentifier(string left, string right)
    {
        var ln = left.All(char.IsAsciiDigit);
        var rn = right.All(char.IsAsciiDigit);
        if (ln && rn)
        {
            var byLength = left.TrimStart('0').Length.CompareTo(right.TrimStart('0').Length);
            return byLength != 0 ? byLength : string.CompareOrdinal(left.TrimStart('0'), right.TrimStart('0'));
        }

        return ln ? -1 : rn ? 1 : string.CompareOrdinal(left, right);
    }
}
