namespace Maiev.Runtime.Tests.Configuration;

/// <summary>Finds the repository root (the folder with Maiev.sln) and the shared conformance folder beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/conformance/hocon</c> from the repository root.</summary>
    public static string HoconConformance => Path.GetFullPath(Path.Combine(Root, "..", "shared", "conformance", "hocon"));

    public static bool InCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Maiev.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException($"no Maiev.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>A fact that needs ../shared/conformance/hocon: skipped on a laptop without it, run (and failing) when CI=true.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceFactAttribute : FactAttribute
{
    public ConformanceFactAttribute()
    {
        if (!RepoPaths.InCi && !Directory.Exists(RepoPaths.HoconConformance))
            Skip = $"needs the HOCON conformance files at {RepoPaths.HoconConformance} (present in CI)";
    }
}
