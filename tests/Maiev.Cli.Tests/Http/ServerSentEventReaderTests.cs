using System.Text;
using Maiev.Cli.Http;

namespace Maiev.Cli.Tests.Http;

public sealed class ServerSentEventReaderTests
{
    [Fact]
    public async Task ReadAsync_reads_id_event_and_data_and_skips_comments()
    {
        var events = await ReadAsync("id: 7\nevent: decision\ndata: {\"seq\":1}\n\n: keep-alive\n\nid: 8\nevent: status\ndata: {}\n\n");

        Assert.Equal([new ServerSentEvent("7", "decision", "{\"seq\":1}"), new ServerSentEvent("8", "status", "{}")], events);
    }

    [Fact]
    public async Task ReadAsync_joins_data_lines_and_defaults_the_type_to_message()
    {
        var events = await ReadAsync("data:first\ndata: second\n\n");

        Assert.Equal([new ServerSentEvent(null, "message", "first\nsecond")], events);
    }

    [Fact]
    public async Task ReadAsync_keeps_the_last_id_and_does_not_dispatch_events_without_data()
    {
        var events = await ReadAsync("id: 3\nevent: nothing\n\ndata: x\n\n");

        Assert.Equal([new ServerSentEvent("3", "message", "x")], events);
    }

    [Fact]
    public async Task ReadAsync_drops_an_event_cut_off_before_its_blank_line()
    {
        var events = await ReadAsync("data: whole\n\ndata: cut");

        Assert.Equal([new ServerSentEvent(null, "message", "whole")], events);
    }

    private static async Task<List<ServerSentEvent>> ReadAsync(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var events = new List<ServerSentEvent>();
        await foreach (var e in ServerSentEventReader.ReadAsync(stream, CancellationToken.None))
        {
            events.Add(e);
        }

        return events;
    }
}
