using System.Text.Json;
using Maiev.Cli.Commands;
using Maiev.Cli.Contract;
using Maiev.Cli.Http;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Maiev.Cli.Rendering;

/// <summary>
/// The terminal view of <c>maiev events NAME --follow</c>: the service's live replicas, backlog,
/// probe and upgrade on top, its latest events below, redrawn in place as the stream brings news.
/// </summary>
internal sealed class LiveServiceView
{
    private const int ShownEvents = 15;
    private readonly string _service;
    private readonly Queue<ServiceEvent> _events;
    private long _lastSeq;
    private StatusUpdate? _status;
    private ServiceEvent? _lastUpgrade;

    /// <summary>Starts from the page of history already fetched.</summary>
    public LiveServiceView(string service, IReadOnlyList<ServiceEvent> history)
    {
        _service = service;
        _events = new Queue<ServiceEvent>(history.TakeLast(ShownEvents));
        _lastSeq = history.Count == 0 ? 0 : history.Max(e => e.Seq);
        _lastUpgrade = history.LastOrDefault(e => e.Kind == "upgrade");
    }

    /// <summary>Shows the view and updates it for each event until the stream ends or is cancelled.</summary>
    public async Task RunAsync(IAnsiConsole console, IAsyncEnumerable<ServerSentEvent> events, CancellationToken cancellationToken)
    {
        await console.Live(Render()).AutoClear(false).StartAsync(async live =>
        {
            await foreach (var sse in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (Apply(sse))
                {
                    live.UpdateTarget(Render());
                    live.Refresh();
                }
            }
        }).ConfigureAwait(false);
    }

    /// <summary>Takes one stream event into the view; <see langword="false"/> when nothing changed.</summary>
    public bool Apply(ServerSentEvent sse)
    {
        using var document = JsonDocument.Parse(sse.Data);
        if (sse.Event == "status")
        {
            _status = ContractJson.Read<StatusUpdate>(document.RootElement);
            return true;
        }

        if (!EventsFollower.IsHistory(sse))
        {
            return false;
        }

        var e = ContractJson.Read<ServiceEvent>(document.RootElement);
        if (e.Seq <= _lastSeq)
        {
            return false;
        }

        _lastSeq = e.Seq;
        _lastUpgrade = e.Kind == "upgrade" ? e : _lastUpgrade;
        _events.Enqueue(e);
        while (_events.Count > ShownEvents)
        {
            _events.Dequeue();
        }

        return true;
    }

    /// <summary>The view as it stands.</summary>
    public IRenderable Render()
    {
        var status = _status;
        var facts = Renderer.Facts(
            ("service", _service),
            ("replicas", status is null ? "waiting for the node's next status" : $"{Formats.Replicas(status.Replicas)} (observed/desired)"),
            ("waiting", Formats.Number(status?.Waiting)),
            ("latency", status?.Latency is { } l ? $"{Formats.Number(l)}s" : "-"),
            ("probe", status is null ? "-" : Formats.Probe(status.Probe)),
            ("paused", status is null ? "-" : Formats.YesNo(status.Paused)),
            ("upgrade", _lastUpgrade is null ? "-" : $"{_lastUpgrade.Type}: {_lastUpgrade.Summary}"));
        return new Rows(
            new Panel(facts).Header($"{Markup.Escape(_service)}: live (Ctrl+C to stop)"),
            ServiceViews.Events(_events));
    }
}
