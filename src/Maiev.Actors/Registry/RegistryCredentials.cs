using System.Text;
using System.Text.Json;

namespace Maiev.Actors.Registry;

/// <summary>
/// A user and password for a registry, read from a docker <c>config.json</c>-style file
/// (<c>{"auths": {"host:port": {"auth": base64("user:pass")}}}</c>, or <c>username</c>/<c>password</c>).
/// <see cref="ToString"/> masks the password.
/// </summary>
/// <param name="UserName">The user.</param>
/// <param name="Password">The password or token.</param>
internal sealed record RegistryCredentials(string UserName, string Password)
{
    /// <summary>Finds the credentials for <paramref name="registry"/> (<c>host:port</c>) in a config.json text; null when absent.</summary>
    /// <exception cref="FormatException">The JSON or the <c>auth</c> value is malformed (the message names the registry, never the secret).</exception>
    public static RegistryCredentials? FromDockerConfig(string configJson, string registry)
    {
        ArgumentNullException.ThrowIfNull(configJson);
        ArgumentException.ThrowIfNullOrEmpty(registry);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(configJson);
        }
        catch (JsonException e)
        {
            throw new FormatException($"docker config is not valid JSON (line {e.LineNumber}): {e.Message}", e);
        }

        using (doc)
        {
            if (!doc.RootElement.TryGetProperty("auths", out var auths) || auths.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var entry in auths.EnumerateObject())
            {
                if (!Matches(entry.Name, registry) || entry.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                if (entry.Value.TryGetProperty("auth", out var auth) && auth.GetString() is { Length: > 0 } encoded)
                {
                    string decoded;
                    try
                    {
                        decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                    }
                    catch (FormatException e)
                    {
                        throw new FormatException($"docker config: auths.\"{entry.Name}\".auth is not base64.", e);
                    }

                    var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                    return colon < 0
                        ? throw new FormatException($"docker config: auths.\"{entry.Name}\".auth is not 'user:password'.")
                        : new RegistryCredentials(decoded[..colon], decoded[(colon + 1)..]);
                }

                if (entry.Value.TryGetProperty("username", out var u) && entry.Value.TryGetProperty("password", out var p))
                {
                    return new RegistryCredentials(u.GetString() ?? string.Empty, p.GetString() ?? string.Empty);
                }
            }

            return null;
        }
    }

    /// <summary>Prints the user with the password masked.</summary>
    public override string ToString() => $"RegistryCredentials {{ UserName = {UserName}, Password = *** }}";

    // config.json keys are "host:port" or "https://host:port/v1/" (older docker).
    private static bool Matches(string key, string registry)
    {
        var host = key;
        if (Uri.TryCreate(key, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        }

        return string.Equals(host, registry, StringComparison.OrdinalIgnoreCase);
    }
}
