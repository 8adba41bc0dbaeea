using System.Net;
using System.Text;
using System.Text.Json;
using Maiev.TestKit.Servers;

namespace Maiev.Node.Tests.Upgrades;

/// <summary>
/// Stands in for the node on the registry's notification URL and keeps the body of the first envelope that carries
/// the manifest push of <c>repository:tag</c>; every delivery is answered 200, as a receiver would.
/// </summary>
internal sealed class NotificationCapture : IDisposable
{
    private readonly HttpListener _listener = new();

    private NotificationCapture()
    {
        var url = TestServers.RegistryNotifyUrl;
        _listener.Prefixes.Add($"http://{url.Authority}{url.AbsolutePath.TrimEnd('/')}/");
        _listener.Start();
    }

    public static NotificationCapture Listen() => new();

    /// <summary>The envelope (as the registry sent it) holding the push of <paramref name="repository"/>:<paramref name="tag"/>.</summary>
    public async Task<byte[]> PushOfAsync(string repository, string tag, TimeSpan patience)
    {
        using var cts = new CancellationTokenSource(patience);
        var seen = new List<string>();
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"no notification of the push of {repository}:{tag} within {patience.TotalSeconds} s; saw: {string.Join(" | ", seen)}");
                throw;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body, cts.Token);
            context.Response.StatusCode = 200;
            context.Response.Close();
            var bytes = body.ToArray();
            if (HoldsPush(bytes, repository, tag))
            {
                return bytes;
            }

            seen.Add(Encoding.UTF8.GetString(bytes)[..Math.Min(bytes.Length, 200)]);
        }
    }

    public void Dispose() => ((IDisposable)_listener).Dispose();

    private static bool HoldsPush(byte[] envelope, string repository, string tag)
    {
        try
        {
            using var doc = JsonDocument.Parse(envelope);
            return doc.RootElement.TryGetProperty("events", out var events) && events.EnumerateArray().Any(e =>
                e.GetProperty("action").GetString() == "push"
                && e.GetProperty("target").GetProperty("repository").GetString() == repository
                && e.GetProperty("target").TryGetProperty("tag", out var t) && t.GetString() == tag);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }
}
