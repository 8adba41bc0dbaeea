namespace Maiev.Runtime.Tests.Configuration;

/// <summary>Finds the repository root (the folder with Maiev.sln) and the shared conformance folder beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The HOCON equivalence suite under the shared folder; throws naming it when missing.</summary>
    public static string HoconConformance => Maiev.TestKit.SharedData.Require(HoconConformanceRelative);

    /// <summary>The suite's path under the shared folder.</summary>
    public const string HoconConformanceRelative = "conformance/hocon";

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
    public ConformanceFactAttribute() => Skip = Maiev.TestKit.SharedData.SkipReason(RepoPaths.HoconConformanceRelative);
}
