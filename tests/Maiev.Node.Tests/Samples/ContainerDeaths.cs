using System.Text.Json;

namespace Maiev.Node.Tests.Samples;

/// <summary>
/// Watches the engine's event stream for the <c>die</c> events of one Swarm service's containers.
/// Tasks of a service scaled down are reaped from <c>GET /tasks</c> soon after they stop, so their
/// exit codes are read from these events rather than from the task list.
/// </summary>
internal sealed class ContainerDeaths : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private ContainerDeaths(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    /// <summary>Starts watching; events from this moment on are seen.</summary>
    public static async Task<ContainerDeaths> WatchAsync(HttpClient docker, string service)
    {
        var filters = Uri.EscapeDataString(JsonSerializer.Serialize(new Dictionary<string, string[]>
        {
            ["type"] = ["container"],
            ["event"] = ["die"],
            ["label"] = [$"com.docker.swarm.service.name={service}"],
        }));
        var response = await docker.GetAsync($"events?filters={filters}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new ContainerDeaths(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The exit codes of the next <paramref name="count"/> containers to die, within <paramref name="patience"/>.</summary>
    public async Task<IReadOnlyList<string>> ExitCodesAsync(int count, TimeSpan patience)
    {
        var codes = new List<string>();
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            while (codes.Count < count && await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                using var doc = JsonDocument.Parse(line);
                var attributes = doc.RootElement.GetProperty("Actor").GetProperty("Attributes");
                codes.Add(attributes.TryGetProperty("exitCode", out var code) ? code.GetString() ?? "?" : "?");
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"expected {count} containers to stop within {patience.TotalSeconds} s; saw exit codes [{string.Join(", ", codes)}]");
        }

        return codes;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
