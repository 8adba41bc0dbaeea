using System.Diagnostics;

namespace Maiev.Benchmarks.Hocon;

/// <summary>
/// Times a single-threaded action by wall clock and by process CPU time (<see cref="Environment.CpuUsage"/>, getrusage on Linux: microseconds, all threads; it includes the GC and
/// JIT work it causes but not the time the machine spends on other processes), best of N each.
/// Every round starts after a full collection, so no round pays for the garbage of the one before.
/// </summary>
internal static class CpuTimed
{
    /// <summary>The best wall and best CPU time of <paramref name="rounds"/> runs, after one warm-up run.</summary>
    public static (double WallMs, double CpuMs) Best(Action run, int rounds)
    {
        run(); // warm-up: JIT, tiering
        var wall = double.MaxValue;
        var cpu = double.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var sw = Stopwatch.StartNew();
            run();
            var elapsed = sw.Elapsed;
            var cpuUsed = Environment.CpuUsage.TotalTime - cpuBefore;
            wall = Math.Min(wall, elapsed.TotalMilliseconds);
            cpu = Math.Min(cpu, cpuUsed.TotalMilliseconds);
        }

        return (wall, cpu);
    }
}
