using System.Text.RegularExpressions;

namespace Maiev.Node.Api;

/// <summary>Swarm's service name rule: <c>^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$</c>.</summary>
internal static partial class ServiceNames
{
    /// <summary>The message a bad name answers with.</summary>
    public const string Rule = "must match ^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$ (Swarm's service name rule)";

    /// <summary>True when <paramref name="name"/> is a valid service name.</summary>
    public static bool IsValid(string name) => Pattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
