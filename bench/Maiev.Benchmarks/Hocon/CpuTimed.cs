using System.Diagnostics;

namespace Maiev.Benchmarks.Hocon;

/// <summary>
/// Times a single-threaded action by wall clock and by process CPU time (<see cref="Environment.CpuUsage"/>:
/// getrusage on Linux, microseconds, all threads, so it includes the GC and JIT work the action causes
/// but not the time the machine spends on other processes), best of N each.
/// </summary>
/// <remarks>
/// The measured runs come after a warm-up of
/// at least <see cref="WarmUpRuns"/> runs and <see cref="WarmUpTime"/>, because on a loaded machine the
/// background tier-1 compilation can lag many runs behind, which made earlier figures swing 3x.
/// Every measured run starts after a full collection, so no run pays for the garbage of the one before.
/// </remarks>
internal static class CpuTimed
{
    private const int WarmUpRuns = 20;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);

    /// <summary>The best wall and best CPU time of <paramref name="rounds"/> warm runs.</summary>
    public static (double WallMs, double CpuMs) Best(Action run, int rounds)
    {
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; i < WarmUpRuns || warmUp.Elapsed < WarmUpTime; i++)
            run();

        var wall = double.MaxValue;
        var cpu = double.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            var (w, c) = Once(run);
            wall = Math.Min(wall, w);
            cpu = Math.Min(cpu, c);
        }

        return (wall, cpu);
    }

    /// <summary>The wall and CPU time of one run, started after a full collection.</summary>
    public static (double WallMs, double CpuMs) Once(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var sw = Stopwatch.StartNew();
        run();
        var elapsed = sw.Elapsed;
        var cpuUsed = Environment.CpuUsage.TotalTime - cpuBefore;
        return (elapsed.TotalMilliseconds, cpuUsed.TotalMilliseconds);
    }
}
