using Maiev.TestKit;

namespace Maiev.Actors.Tests.Upgrades;

/// <summary>The captured registry notifications in <c>../shared/fixtures</c>: tests skip on a laptop without them, fail in CI.</summary>
internal static class SharedFixtures
{
    public static string? SkipReason => SharedData.SkipReason("fixtures");

    public static IReadOnlyList<string> PushNotifications()
    {
        var dir = SharedData.Require("fixtures");
        var files = System.IO.Directory.GetFiles(dir, "registry-push-notification*.json").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 0, $"no registry-push-notification*.json in {dir}");
        return files;
    }
}

/// <summary>A fact over the shared fixtures.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FixtureFactAttribute : FactAttribute
{
    public FixtureFactAttribute() => Skip = SharedFixtures.SkipReason;
}
