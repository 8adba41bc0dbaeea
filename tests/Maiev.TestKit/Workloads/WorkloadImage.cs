using System.Collections.Concurrent;
using Maiev.TestKit.Servers;

namespace Maiev.TestKit.Workloads;

/// <summary>
/// Images of the sample workload (and its broken twin) for tests, built by
/// <c>scripts/build-images.sh</c> on the engine at <see cref="TestServers.DockerHost"/>.
/// Each image is built at most once per process, and one process at a time across test
/// projects (a file lock); the script's content-hash cache makes a rebuild of unchanged
/// sources take a fraction of a second.
/// </summary>
public static class WorkloadImage
{
    /// <summary>How long one build may take before it is abandoned (a cold publish on a loaded machine).</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Builds = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes sure <paramref name="image"/> (<c>repository[:tag]</c>) holds the workload sample with
    /// <c>WORKLOAD_VERSION=<paramref name="version"/></c>, and returns the image reference.
    /// Give each version its own tag: a tag is re-pointed when the version changes.
    /// </summary>
    /// <exception cref="InvalidOperationException">The build failed; the message holds the script's output.</exception>
    /// <exception cref="TimeoutException">The build took longer than <see cref="BuildTimeout"/>.</exception>
    public static Task<string> EnsureAsync(string image, string version, CancellationToken ct) =>
        EnsureAsync("workload", image, version, ct);

    /// <summary>
    /// Makes sure <paramref name="image"/> is an image whose entrypoint exits 1 at once (for
    /// upgrade-rollback tests), and returns the image reference.
    /// </summary>
    /// <exception cref="InvalidOperationException">The build failed; the message holds the script's output.</exception>
    public static Task<string> EnsureBrokenAsync(string image, CancellationToken ct) =>
        EnsureAsync("broken", image, "broken", ct);

    /// <summary>The repository root: the nearest directory above the test binaries that holds <c>Maiev.sln</c>.</summary>
    /// <exception cref="InvalidOperationException">No such directory exists.</exception>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Maiev.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Maiev.sln above {AppContext.BaseDirectory}: cannot find scripts/build-images.sh");
    }

    private static Task<string> EnsureAsync(string kind, string image, string version, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        var key = $"{kind}\n{image}\n{version}";
        var build = Builds.GetOrAdd(key, _ => new Lazy<Task<string>>(() => BuildAsync(kind, image, version)));
        return AwaitAsync(key, build, ct);
    }

    private static async Task<string> AwaitAsync(string key, Lazy<Task<string>> build, CancellationToken ct)
    {
        try
        {
            return await build.Value.WaitAsync(ct);
        }
        catch (Exception) when (build.Value.IsFaulted || build.Value.IsCanceled)
        {
            // A failed build is not cached: the next caller tries again.
            Builds.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(key, build));
            throw;
        }
    }

    private static async Task<string> BuildAsync(string kind, string image, string version)
    {
        using var timeout = new CancellationTokenSource(BuildTimeout);
        var root = RepositoryRoot();
        var cache = Path.Combine(root, "artifacts", "images");
        Directory.CreateDirectory(cache);
        await using var gate = await CrossProcessLock.AcquireAsync(Path.Combine(cache, $"testkit-{kind}.lock"), timeout.Token);
        return await BuildImage.RunAsync(root, kind, image, version, timeout.Token);
    }
}
