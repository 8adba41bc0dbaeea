using System.Text.Json;

namespace Maiev.Node.Tests.Samples;

/// <summary>What the Engine API says about one task.</summary>
internal sealed record TaskState(string Phase, string Desired, long? Exit, string? Error)
{
    public static TaskState From(JsonElement task)
    {
        var status = task.GetProperty("Status");
        long? exit = status.TryGetProperty("ContainerStatus", out var container)
            && container.TryGetProperty("ExitCode", out var code) ? code.GetInt64() : null;
        return new TaskState(
            status.GetProperty("State").GetString()!,
            task.GetProperty("DesiredState").GetString()!,
            exit,
            status.TryGetProperty("Err", out var err) ? err.GetString() : null);
    }

    public override string ToString() => $"{Phase} (desired {Desired}, exit {Exit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}{(Error is null ? "" : ", " + Error)})";
}
