using System.Text.RegularExpressions;

namespace Maiev.Runtime.Configuration;

/// <summary>
/// Which values are secrets: keys named (or ending in) token, password, secret or connection-string,
/// and the password part of any URI with user information (<c>amqp://user:pass@host</c>).
/// </summary>
internal static partial class ConfigSecrets
{
    /// <summary>What a masked value is rendered as.</summary>
    public const string Mask = "********";

    /// <summary>True when the last element of <paramref name="path"/> names a secret.</summary>
    public static bool IsSecretKey(string path)
    {
        var dot = path.LastIndexOf('.');
        var key = (dot < 0 ? path : path[(dot + 1)..]).Trim('"').ToLowerInvariant();
        return key.Contains("password", StringComparison.Ordinal)
            || key.Contains("token", StringComparison.Ordinal)
            || key.Contains("secret", StringComparison.Ordinal)
            || key.EndsWith("connection-string", StringComparison.Ordinal)
            || key.EndsWith("connectionstring", StringComparison.Ordinal);
    }

    /// <summary>The value as it may be shown: masked when the key is secret, URI passwords masked everywhere.</summary>
    public static string Redact(string key, string value)
    {
        if (value.Length > 0 && IsSecretKey(key))
            return Mask;
        return UriPassword().Replace(value, m => m.Groups[1].Value + Mask + "@");
    }

    [GeneratedRegex(@"([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]*:)[^@/\s]+@")]
    private static partial Regex UriPassword();
}
