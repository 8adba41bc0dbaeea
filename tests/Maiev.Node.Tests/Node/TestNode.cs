using System.Collections;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Maiev.Node.Hosting;
using Maiev.Runtime.Configuration;

namespace Maiev.Node.Tests.Node;

/// <summary>
/// The real node in-process on 127.0.0.1 and a free port, with its SQLite journal in a temp directory and the real
/// actors. Dependencies default to closed ports (the node must run without them); tests that need the real servers
/// pass their addresses.
/// </summary>
internal sealed class TestNode : IAsyncDisposable
{
    private TestNode(MaievNode node, string dataDir, bool ownsDir)
    {
        Node = node;
        DataDir = dataDir;
        OwnsDir = ownsDir;
        Url = node.Urls[0];
        Http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(60) };
    }

    public MaievNode Node { get; }

    public string DataDir { get; }

    public Uri Url { get; }

    public HttpClient Http { get; }

    private bool OwnsDir { get; }

    /// <summary>A port nothing listens on (bound and released).</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The environment the node is started with: dependencies unreachable unless overridden.</summary>
    public static Dictionary<string, string> Environment(string dataDir) => new(StringComparer.Ordinal)
    {
        ["MAIEV__HTTP__PORT"] = "0",
        ["MAIEV__PERSISTENCE__SQLITE__PATH"] = Path.Combine(dataDir, "maiev.db"),
        ["MAIEV__RABBITMQ__MANAGEMENT_URI"] = $"http://127.0.0.1:{ClosedPort()}/",
        ["MAIEV__DOCKER__HOST"] = $"tcp://127.0.0.1:{ClosedPort()}",
        ["MAIEV__NODE__DEPENDENCY_CHECK_INTERVAL"] = "1s",
        ["MAIEV__RUNTIME__ASK_TIMEOUT"] = "20s",
        ["MAIEV__RUNTIME__SHUTDOWN_TIMEOUT"] = "20s",
    };

    public static string NewDataDir() => Directory.CreateTempSubdirectory("maiev-node-test-").FullName;

    public static async Task<TestNode> StartAsync(
        Action<Dictionary<string, string>>? configure = null,
        string? dataDir = null,
        Func<NodeActorsContext, CancellationToken, Task<NodeActors>>? actors = null)
    {
        var ownsDir = dataDir is null;
        dataDir ??= NewDataDir();
        var environment = Environment(dataDir);
        configure?.Invoke(environment);
        var config = MaievConfig.Load(null, new Hashtable(environment));
        var settings = NodeSettings.FromConfig(config, name => environment.GetValueOrDefault(name));
        var node = await MaievNode.StartAsync(settings, config, new NodeStartOptions
        {
            LoggerFactory = Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance,
            Origins = ["reference.conf", "hocon/embedded.conf", "environment"],
            Actors = actors,
        }, CancellationToken.None);
        return new TestNode(node, dataDir, ownsDir);
    }

    public async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, string path, string? json = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) ?? false)
            ? JsonDocument.Parse(text).RootElement.Clone()
            : default;
        return (response.StatusCode, body, response);
    }

    public Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(string path, string? token = null) =>
        SendAsync(HttpMethod.Get, path, null, token);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Node.DisposeAsync();
        if (OwnsDir)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDir, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp directory.
            }
        }
    }

    /// <summary>A spec for a service watching <paramref name="queue"/>.</summary>
    public static string Spec(string queue, int min = 1, int max = 3) =>
        $$$"""{"min":{{{min}}},"max":{{{max}}},"scale":{"resources":[{"name":"rmq","monitorer":"monitorer_rabbitmq","identifier":"{{{queue}}}"}],"rules":[{"name":"slow","expression":"rmq:latency > 2"}],"scale_up":"rules:slow","scale_down":"rmq:waiting == 0"}}""";
}
