using System.Globalization;
using Maiev.Cli.Contract;

namespace Maiev.Cli.Rendering;

/// <summary>Short, culture-invariant text for times, durations and contract values.</summary>
internal static class Formats
{
    /// <summary>A UTC time as <c>2026-11-22 03:57:40Z</c>, or "-".</summary>
    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";

    /// <summary>A duration as <c>1d 2h</c>, <c>1h 58m</c>, <c>3m 12s</c> or <c>41s</c>.</summary>
    public static string Duration(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } => $"{(int)span.TotalDays}d {span.Hours}h",
        { TotalHours: >= 1 } => $"{span.Hours}h {span.Minutes}m",
        { TotalMinutes: >= 1 } => $"{span.Minutes}m {span.Seconds}s",
        _ => $"{Math.Max(0, (int)span.TotalSeconds)}s",
    };

    /// <summary>Observed/desired replicas, "?" when Docker could not tell.</summary>
    public static string Replicas(ReplicaCounts replicas) =>
        $"{replicas.Observed?.ToString(CultureInfo.InvariantCulture) ?? "?"}/{replicas.Desired.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A number without trailing noise, or "-".</summary>
    public static string Number(double? value) =>
        value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "-";

    /// <summary>The last decision in one line, or "-".</summary>
    public static string Decision(DecisionInfo? decision) =>
        decision is null ? "-" : $"{decision.From}→{decision.To} {decision.Reason} ({Time(decision.At)})";

    /// <summary>The probe status with its reason.</summary>
    public static string Probe(ProbeInfo probe) =>
        probe.Detail is null ? probe.Status : $"{probe.Status}: {probe.Detail}";

    /// <summary>"yes"/"no".</summary>
    public static string YesNo(bool value) => value ? "yes" : "no";
}
