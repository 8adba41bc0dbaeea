using System.Diagnostics;

namespace Maiev.Benchmarks.Harness;

/// <summary>Small timing helpers: warm up, then take the best of several runs.</summary>
internal static class Measure
{
    /// <summary>Operations per second of <paramref name="run"/> (which performs <paramref name="operations"/>), best of <paramref name="rounds"/>.</summary>
    public static async Task<double> RatePerSecondAsync(Func<Task> run, long operations, int rounds = 5)
    {
        ArgumentNullException.ThrowIfNull(run);
        await run(); // warm-up: JIT, tiering, pools
        var best = double.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            var sw = Stopwatch.StartNew();
            await run();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        return operations / best;
    }

    /// <summary>Synchronous twin of <see cref="RatePerSecondAsync"/>.</summary>
    public static double RatePerSecond(Action run, long operations, int rounds = 5)
    {
        ArgumentNullException.ThrowIfNull(run);
        run();
        var best = double.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            var sw = Stopwatch.StartNew();
            run();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        return operations / best;
    }
}
