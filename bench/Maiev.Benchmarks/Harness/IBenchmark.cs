namespace Maiev.Benchmarks.Harness;

/// <summary>
/// One benchmark suite. Each suite measures its subject and a baseline in the same run and
/// reports their ratio, because these machines are too noisy for absolute numbers to compare.
/// </summary>
internal interface IBenchmark
{
    /// <summary>The suite name given on the command line (e.g. <c>runtime</c>).</summary>
    string Suite { get; }

    /// <summary>Runs the suite and writes its figures into <paramref name="report"/>.</summary>
    Task RunAsync(BenchReport report, CancellationToken cancellationToken);
}
