using System.Net;
using System.Text.Json;
using Maiev.Actors.Services;
using Maiev.Node.Hosting;
using Maiev.Node.Tests.Samples;
using Maiev.TestKit.Servers;

namespace Maiev.Node.Tests.Node;

/// <summary>The live stream, graceful shutdown and recovery from the journal after a restart.</summary>
public sealed class StreamAndLifecycleTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task Stream_delivers_a_published_decision_and_replays_after_last_event_id()
    {
        // Arrange
        await using var node = await TestNode.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stream");
        using var response = await node.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(": connected", await reader.ReadLineAsync().WaitAsync(Patience));

        // Act
        node.Node.System.EventStream.Publish(Decision("orders", 7, 2, 3));
        var lines = new List<string>();
        while (lines.Count < 3)
        {
            var line = await reader.ReadLineAsync().WaitAsync(Patience) ?? throw new InvalidOperationException("stream ended early: " + string.Join(" | ", lines));
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        node.Node.System.EventStream.Publish(Decision("orders", 8, 3, 4));
        await Eventually.SeeAsync(() => Task.FromResult(HubLastId(node)), id => id >= 2, Patience, "the second event in the hub");
        using var replayRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stream");
        replayRequest.Headers.Add("Last-Event-ID", "1");
        using var replay = await node.Http.SendAsync(replayRequest, HttpCompletionOption.ResponseHeadersRead);
        using var replayReader = new StreamReader(await replay.Content.ReadAsStreamAsync());
        var replayed = new List<string>();
        while (!replayed.Any(l => l.StartsWith("data:", StringComparison.Ordinal)))
        {
            replayed.Add(await replayReader.ReadLineAsync().WaitAsync(Patience) ?? "");
        }

        // Assert
        Assert.Equal(["id: 1", "event: decision"], lines.Take(2));
        var data = JsonDocument.Parse(lines[2]["data: ".Length..]).RootElement;
        Assert.Equal("ScaleDecided", data.GetProperty("type").GetString());
        Assert.Equal(7, data.GetProperty("seq").GetInt64());
        Assert.Equal(3, data.GetProperty("data").GetProperty("to").GetInt32());
        Assert.Contains("id: 2", replayed);
        Assert.DoesNotContain("id: 1", replayed);
    }

    [Fact]
    public async Task Stream_sends_a_status_event_for_a_monitored_service_filtered_by_service()
    {
        // Arrange
        await using var node = await TestNode.StartAsync(env => env["MAIEV__RABBITMQ__POLL_INTERVAL"] = "1s");
        var name = Unique.Name("status-svc");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stream");
        using var response = await node.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        // Act
        var created = await node.SendAsync(HttpMethod.Put, $"/api/v1/services/{name}", TestNode.Spec("q-" + name));
        string? eventName = null;
        while (eventName != "status")
        {
            var line = await reader.ReadLineAsync().WaitAsync(Patience) ?? throw new InvalidOperationException("stream ended before a status event");
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventName = line["event: ".Length..];
            }
        }

        var dataLine = await reader.ReadLineAsync().WaitAsync(Patience);
        var data = JsonDocument.Parse(dataLine!["data: ".Length..]).RootElement.Clone();

        // Assert
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(name, data.GetProperty("service").GetString());
        Assert.Equal(1, data.GetProperty("replicas").GetProperty("desired").GetInt32());
        Assert.False(data.GetProperty("paused").GetBoolean());
        Assert.False(string.IsNullOrEmpty(data.GetProperty("probe").GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Sigterm_style_stop_ends_the_program_with_exit_code_0()
    {
        // Arrange
        var environment = TestNode.Environment(TestNode.NewDataDir());
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stop = new CancellationTokenSource();

        // Act
        var run = NodeProgram.RunAsync([], new System.Collections.Hashtable(environment), TextWriter.Synchronized(stdout), stderr, stop.Token);
        await Eventually.SeeAsync(() => Task.FromResult(stdout.ToString()), s => s.Contains("listening on", StringComparison.Ordinal), Patience, "the listening line");
        await stop.CancelAsync();
        var code = await run.WaitAsync(TimeSpan.FromSeconds(60));

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("maiev node stopped", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("journal", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restart_on_the_same_data_dir_recovers_the_monitored_services()
    {
        // Arrange
        var dataDir = TestNode.NewDataDir();
        var name = Unique.Name("restart-svc");
        await using (var first = await TestNode.StartAsync(dataDir: dataDir))
        {
            var created = await first.SendAsync(HttpMethod.Put, $"/api/v1/services/{name}", TestNode.Spec("q-" + name, max: 7));
            Assert.Equal(HttpStatusCode.Created, created.Status);
        }

        // Act
        await using var second = await TestNode.StartAsync(dataDir: dataDir);
        var listed = await Eventually.SeeAsync(
            async () => (await second.GetAsync("/api/v1/services")).Body.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList(),
            names => names.Contains(name), Patience, $"{name} listed after the restart");
        var detail = await second.GetAsync($"/api/v1/services/{name}");

        // Assert
        Assert.Contains(name, listed);
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Equal(7, detail.Body.GetProperty("max").GetInt32());
    }

    private static long HubLastId(TestNode node) => node.Node.LastStreamEventId;

    private static ServiceEventPublished Decision(string service, long seq, int from, int to)
    {
        var data = JsonDocument.Parse($$"""{"from":{{from}},"to":{{to}},"reason":"scale_up: test"}""").RootElement.Clone();
        return new ServiceEventPublished(service, new ServiceHistoryEntry(seq, DateTimeOffset.UtcNow, "ScaleDecided", $"{from} → {to}", data));
    }
}
