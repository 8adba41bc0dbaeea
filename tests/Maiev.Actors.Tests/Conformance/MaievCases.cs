using System.Text.Json;
using Maiev.TestKit;

namespace Maiev.Actors.Tests.Conformance;

/// <summary>
/// maiev's behaviour as data: <c>conformance/maiev/cases.json</c> in the shared folder (<see cref="SharedData"/>).
/// Missing: tests skip on a laptop, fail in CI.
/// </summary>
internal static class MaievCases
{
    private const string File = "conformance/maiev/cases.json";

    /// <summary>Why conformance tests skip here, or null when the cases are present (or in CI, where they must be).</summary>
    public static string? SkipReason => SharedData.SkipReason(File);

    /// <summary>Every case of <paramref name="area"/>, as JSON elements.</summary>
    public static IReadOnlyList<JsonElement> Area(string area)
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(SharedData.Require(File)));
        return document.RootElement.EnumerateArray()
            .Where(c => c.GetProperty("area").GetString() == area)
            .Select(c => c.Clone())
            .ToList();
    }
}

/// <summary>A theory over maiev's cases: skipped on a laptop without them, failing in CI without them.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class MaievCasesTheoryAttribute : TheoryAttribute
{
    public MaievCasesTheoryAttribute() => Skip = MaievCases.SkipReason;
}
