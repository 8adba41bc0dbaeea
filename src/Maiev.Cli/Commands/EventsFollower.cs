using System.Text.Json;
using Maiev.Cli.Contract;
using Maiev.Cli.Http;
using Maiev.Cli.Infrastructure;
using Maiev.Cli.Rendering;

namespace Maiev.Cli.Commands;

/// <summary>
/// Follows one service on the node's event stream after its latest page of history: a live view
/// on a terminal, one line per event when redirected, one JSON object per line with
/// <c>--output json</c>. History events already shown (by <c>seq</c>) are skipped. Ctrl+C and the
/// node closing the stream both end with exit code 0; a connection lost mid-stream ends with 4.
/// </summary>
internal static class EventsFollower
{
    private static readonly HashSet<string> HistoryKinds = new(StringComparer.Ordinal) { "decision", "scale", "upgrade", "fault", "service" };

    /// <summary>Prints <paramref name="page"/>, then the stream, until it ends or is cancelled.</summary>
    public static async Task<int> FollowAsync(CommandContext context, string name, EventPage page, JsonElement pageJson, CancellationToken cancellationToken)
    {
        var output = context.Output;
        var view = output.IsJson || !output.Interactive ? null : new LiveServiceView(name, page.Events);
        if (output.IsJson)
        {
            foreach (var e in pageJson.GetProperty("events").EnumerateArray())
            {
                output.WriteJsonLine(new { @event = e.GetProperty("kind").GetString(), data = e });
            }
        }
        else if (view is null)
        {
            foreach (var e in page.Events)
            {
                output.Line(ServiceViews.EventLine(e));
            }
        }

        using var response = await context.Node.OpenStreamAsync($"stream?service={ServiceName.Path(name)}", cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var lastSeq = page.LastSeq;
            try
            {
                var events = ServerSentEventReader.ReadAsync(stream, cancellationToken);
                if (view is not null)
                {
                    await view.RunAsync(output.Console, events, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await foreach (var sse in events.ConfigureAwait(false))
                    {
                        lastSeq = Print(output, sse, lastSeq);
                    }
                }
            }
            catch (Exception e) when ((e is OperationCanceledException or IOException or HttpRequestException) && cancellationToken.IsCancellationRequested)
            {
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or HttpRequestException)
            {
                throw new CliException(
                    ExitCodes.Unreachable,
                    $"lost the connection to the node at {context.Node.Node} while following '{name}'.",
                    "Run the command again when the node is back; 'maiev events NAME' shows what was missed.");
            }
        }

        context.Environment.Error.WriteLine($"The node closed the event stream; run 'maiev events {name} --follow' again to keep following.");
        return ExitCodes.Ok;
    }

    private static long Print(Renderer output, ServerSentEvent sse, long lastSeq)
    {
        using var document = JsonDocument.Parse(sse.Data);
        var data = document.RootElement;
        if (output.IsJson)
        {
            if (!IsHistory(sse) || ContractJson.Read<ServiceEvent>(data).Seq > lastSeq)
            {
                output.WriteJsonLine(new { id = sse.Id, @event = sse.Event, data });
            }

            return IsHistory(sse) ? Math.Max(lastSeq, ContractJson.Read<ServiceEvent>(data).Seq) : lastSeq;
        }

        if (sse.Event == "status")
        {
            output.Line(ServiceViews.StatusLine(ContractJson.Read<StatusUpdate>(data)));
        }
        else if (IsHistory(sse))
        {
            var e = ContractJson.Read<ServiceEvent>(data);
            if (e.Seq <= lastSeq)
            {
                return lastSeq;
            }

            output.Line(ServiceViews.EventLine(e));
            return e.Seq;
        }

        return lastSeq;
    }

    /// <summary>Whether the event is a history event (its data a <see cref="ServiceEvent"/>).</summary>
    public static bool IsHistory(ServerSentEvent sse) => HistoryKinds.Contains(sse.Event);
}
