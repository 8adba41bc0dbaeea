using Maiev.TestKit.Servers;
using Maiev.TestKit.Workloads;

namespace Maiev.Actors.Tests.Upgrades;

/// <summary>The captured registry notifications in <c>../shared/fixtures</c>: tests skip on a laptop without them, fail in CI.</summary>
internal static class SharedFixtures
{
    private static readonly Lazy<string?> Directory = new(Find);

    public static string? SkipReason =>
        Directory.Value is null && !TestServers.InCi
            ? "../shared/fixtures/registry-push-notification*.json not found beside the repository"
            : null;

    public static IReadOnlyList<string> PushNotifications()
    {
        var dir = Directory.Value ?? throw new InvalidOperationException("CI=true but ../shared/fixtures is missing");
        var files = System.IO.Directory.GetFiles(dir, "registry-push-notification*.json").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 0, $"no registry-push-notification*.json in {dir}");
        return files;
    }

    private static string? Find()
    {
        var root = WorkloadImage.RepositoryRoot();
        foreach (var candidate in new[] { "../shared/fixtures", "shared/fixtures" })
        {
            var path = Path.GetFullPath(Path.Combine(root, candidate));
            if (System.IO.Directory.Exists(path) && System.IO.Directory.GetFiles(path, "registry-push-notification*.json").Length > 0)
            {
                return path;
            }
        }

        return null;
    }
}

/// <summary>A fact over the shared fixtures.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FixtureFactAttribute : FactAttribute
{
    public FixtureFactAttribute() => Skip = SharedFixtures.SkipReason;
}
