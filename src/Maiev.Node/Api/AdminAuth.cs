using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Maiev.Node.Api;

/// <summary>
/// Bearer token checks in constant time: both sides are hashed to 32 bytes first, so neither the content nor the
/// length of the expected token leaks through timing.
/// </summary>
internal static class AdminAuth
{
    /// <summary>True when the request carries <c>Authorization: Bearer {expected}</c>.</summary>
    public static bool HasToken(HttpRequest request, string expected)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var presented = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";
        var a = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(a, b) & presented.Length > 0;
    }

    /// <summary>The 401 answer with <c>WWW-Authenticate: Bearer</c>.</summary>
    public static IResult Challenge(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.Unauthorized(http);
    }
}
