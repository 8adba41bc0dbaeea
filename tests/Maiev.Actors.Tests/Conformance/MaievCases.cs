using System.Text.Json;
using Maiev.TestKit.Servers;

namespace Maiev.Actors.Tests.Conformance;

/// <summary>
/// Reads maiev's behaviour cases from <c>../shared/conformance/maiev/cases.json</c> beside the
/// project root (or <c>MAIEV_CONFORMANCE_DIR</c>). Missing: tests skip on a laptop, fail in CI.
/// </summary>
internal static class MaievCases
{
    private static readonly Lazy<string?> Path = new(Find);

    /// <summary>Why conformance tests skip here, or null when the cases are present (or in CI, where they must be).</summary>
    public static string? SkipReason =>
        Path.Value is null && !TestServers.InCi
            ? "maiev conformance cases not found (../shared/conformance/maiev/cases.json); set MAIEV_CONFORMANCE_DIR"
            : null;

    /// <summary>Every case of <paramref name="area"/>, as JSON elements.</summary>
    public static IReadOnlyList<JsonElement> Area(string area)
    {
        var path = Path.Value ?? throw new InvalidOperationException("CI=true but ../shared/conformance/maiev/cases.json is missing");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray()
            .Where(c => c.GetProperty("area").GetString() == area)
            .Select(c => c.Clone())
            .ToList();
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("MAIEV_CONFORMANCE_DIR");
        if (!string.IsNullOrEmpty(env) && File.Exists(System.IO.Path.Combine(env, "cases.json")))
        {
            return System.IO.Path.Combine(env, "cases.json");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { "shared", "../shared" })
            {
                var file = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, candidate, "conformance/maiev/cases.json"));
                if (File.Exists(file))
                {
                    return file;
                }
            }
        }

        return null;
    }
}
