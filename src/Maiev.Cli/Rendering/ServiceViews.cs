using Maiev.Cli.Contract;
using Spectre.Console;

namespace Maiev.Cli.Rendering;

/// <summary>How a service and its history look in table output.</summary>
internal static class ServiceViews
{
    /// <summary>The facts of a <see cref="ServiceSummary"/>, one per line.</summary>
    public static Grid Summary(ServiceSummary service) => Renderer.Facts(
        ("service", service.Name),
        ("image", service.Image),
        ("replicas", $"{Formats.Replicas(service.Replicas)} (observed/desired), min {service.Min}, max {service.Max}"),
        ("paused", Formats.YesNo(service.Paused)),
        ("hold", Hold(service.Hold)),
        ("probe", Formats.Probe(service.Probe)),
        ("last decision", Formats.Decision(service.LastDecision)),
        ("upgrade", Upgrade(service.Upgrade)));

    /// <summary>A table of services, one row each.</summary>
    public static Table List(IEnumerable<ServiceSummary> services)
    {
        var table = Renderer.Table("NAME", "REPLICAS", "MIN-MAX", "PAUSED", "PROBE", "LAST DECISION", "IMAGE");
        foreach (var s in services)
        {
            table.AddRow(
                Renderer.Cell(s.Name),
                Renderer.Cell(Formats.Replicas(s.Replicas)),
                Renderer.Cell($"{s.Min}-{s.Max}"),
                Renderer.Cell(s.Hold is null ? Formats.YesNo(s.Paused) : $"{Formats.YesNo(s.Paused)}, held at {s.Hold.Replicas}"),
                Renderer.Cell(s.Probe.Status),
                Renderer.Cell(s.LastDecision is { } d ? $"{d.From}→{d.To} {d.Reason}" : null),
                Renderer.Cell(s.Image));
        }

        return table;
    }

    /// <summary>A table of history events, oldest first.</summary>
    public static Table Events(IEnumerable<ServiceEvent> events)
    {
        var table = Renderer.Table("SEQ", "TIME", "KIND", "TYPE", "SUMMARY");
        foreach (var e in events)
        {
            table.AddRow(
                Renderer.Cell(e.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Renderer.Cell(Formats.Time(e.At)),
                Renderer.Cell(e.Kind),
                Renderer.Cell(e.Type),
                Renderer.Cell(e.Summary));
        }

        return table;
    }

    /// <summary>One history event as a line (follow mode without a terminal).</summary>
    public static string EventLine(ServiceEvent e) =>
        $"{Formats.Time(e.At)}  #{e.Seq}  {e.Kind,-8}  {e.Type}: {e.Summary}";

    /// <summary>One live status as a line (follow mode without a terminal).</summary>
    public static string StatusLine(StatusUpdate s) =>
        $"{Formats.Time(s.At)}  status    replicas {Formats.Replicas(s.Replicas)}  waiting {Formats.Number(s.Waiting)}  " +
        $"latency {Formats.Number(s.Latency)}s  probe {s.Probe.Status}{(s.Paused ? "  paused" : string.Empty)}";

    private static string Hold(HoldInfo? hold) => hold switch
    {
        null => "-",
        { Until: null } => $"{hold.Replicas} replicas until resume",
        _ => $"{hold.Replicas} replicas until {Formats.Time(hold.Until)}",
    };

    private static string Upgrade(UpgradeInfo? upgrade) =>
        upgrade is null ? "-" : $"{upgrade.State}: {upgrade.From ?? "?"} → {upgrade.To ?? "?"} (since {Formats.Time(upgrade.StartedAt)})";
}
