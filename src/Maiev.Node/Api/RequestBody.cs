using Microsoft.AspNetCore.Http;

namespace Maiev.Node.Api;

/// <summary>Reads a request body up to a limit.</summary>
internal static class RequestBody
{
    /// <summary>The body limit of the admin API and the webhook: 1 MiB.</summary>
    public const int Limit = 1024 * 1024;

    /// <summary>The body bytes, or null when they are over <see cref="Limit"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > Limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > Limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
