using Maiev.Benchmarks.Harness;

namespace Maiev.Benchmarks.Clients;

/// <summary>Suite <c>clients</c>: bulk vs per-queue management polls, and metric computation vs a hand-written baseline.</summary>
internal sealed class ClientsBenchmark : IBenchmark
{
    public string Suite => "clients";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        MetricsComputationBench.Run(report);
        await ManagementPollBench.RunAsync(report, cancellationToken);
    }
}
