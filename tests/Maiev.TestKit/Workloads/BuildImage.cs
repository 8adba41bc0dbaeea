using System.Diagnostics;
using Maiev.TestKit.Servers;

namespace Maiev.TestKit.Workloads;

/// <summary>Runs <c>scripts/build-images.sh</c> and returns the image reference it prints.</summary>
internal static class BuildImage
{
    public static async Task<string> RunAsync(string root, string kind, string image, string version, CancellationToken ct)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(root, "scripts", "build-images.sh"), kind, image, version })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOCKER_HOST"] = TestServers.DockerHost;
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("could not start bash for scripts/build-images.sh");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scripts/build-images.sh {kind} {image} {version} did not finish in time");
        }

        var output = await stdout + await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"scripts/build-images.sh {kind} {image} {version} exited {process.ExitCode}:\n{output}");
        }

        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 0
            ? lines[^1]
            : throw new InvalidOperationException($"scripts/build-images.sh {kind} printed no image reference:\n{output}");
    }
}
