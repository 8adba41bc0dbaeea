using Maiev.TestKit.Servers;

namespace Maiev.TestKit;

/// <summary>
/// The project's shared reference data (<c>../shared</c> beside the repository root, or <c>MAIEV_SHARED_DIR</c>):
/// conformance cases and real captures. Tests read it in place; missing data skips a test on a laptop
/// and fails it when <c>CI=true</c>, exactly like a missing server.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootPath = new(FindRoot);

    /// <summary>The shared folder, or null when it is not there.</summary>
    public static string? Root => RootPath.Value;

    /// <summary>The full path of <paramref name="relative"/> (a file or folder under the shared folder), or null when missing.</summary>
    public static string? Find(string relative) =>
        Root is { } root && Path.GetFullPath(Path.Combine(root, relative)) is var path && (File.Exists(path) || Directory.Exists(path))
            ? path
            : null;

    /// <summary>Why a test needing <paramref name="relative"/> skips here, or null when it must run (present, or CI).</summary>
    public static string? SkipReason(string relative) =>
        !TestServers.InCi && Find(relative) is null
            ? $"needs ../shared/{relative} beside the repository (or MAIEV_SHARED_DIR); present in CI"
            : null;

    /// <summary>The full path of <paramref name="relative"/>; throws, naming it, when it is missing.</summary>
    public static string Require(string relative) =>
        Find(relative) ?? throw new FileNotFoundException(
            $"../shared/{relative} is missing (looked in {Root ?? "no shared folder beside the repository"}); set MAIEV_SHARED_DIR.");

    private static string? FindRoot()
    {
        if (Environment.GetEnvironmentVariable("MAIEV_SHARED_DIR") is { Length: > 0 } explicitDir)
        {
            return Directory.Exists(explicitDir) ? Path.GetFullPath(explicitDir) : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Maiev.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
