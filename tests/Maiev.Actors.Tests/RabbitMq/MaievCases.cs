using System.Text.Json;
using Maiev.TestKit.Servers;

namespace Maiev.Actors.Tests.RabbitMq;

/// <summary>
/// maiev's own behaviour as data (<c>../shared/conformance/maiev/cases.json</c>, beside the project root).
/// Missing on a laptop → the conformance tests skip; missing with <c>CI=true</c> → they fail.
/// </summary>
internal static class MaievCases
{
    public static readonly string? Path = Find();

    public static string? SkipReason =>
        Path is null && !TestServers.InCi
            ? "maiev conformance cases not found (../shared/conformance/maiev/cases.json beside the project root)"
            : null;

    public static IEnumerable<JsonElement> Area(string area)
    {
        var path = Path ?? throw new FileNotFoundException(
            "CI=true but ../shared/conformance/maiev/cases.json was not found beside the project root.");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray()
            .Where(c => c.GetProperty("area").GetString() == area)
            .Select(c => c.Clone())
            .ToList();
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Maiev.sln")))
            {
                var cases = System.IO.Path.Combine(dir.FullName, "..", "shared", "conformance", "maiev", "cases.json");
                return File.Exists(cases) ? System.IO.Path.GetFullPath(cases) : null;
            }
        }

        return null;
    }
}

/// <summary>A theory over maiev's cases: skipped on a laptop without them, failing in CI without them.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class MaievCasesTheoryAttribute : TheoryAttribute
{
    public MaievCasesTheoryAttribute() => Skip = MaievCases.SkipReason;
}
