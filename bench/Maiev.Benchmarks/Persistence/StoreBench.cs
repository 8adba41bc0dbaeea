using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
using Maiev.Benchmarks.Harness;
using Maiev.Runtime.Persistence;

namespace Maiev.Benchmarks.Persistence;

/// <summary>The persistence figures for one store: the journal and snapshot store against the raw driver.</summary>
internal sealed class StoreBench(string name, IJournal journal, ISnapshotStore snapshots, IRawBaseline raw, BenchReport report)
{
    private const int Entity = 10_000;
    private const int SnapshotEvery = 1_000;

    public async Task RunAsync(int batchOneEvents, CancellationToken ct)
    {
        await raw.PrepareAsync(ct);
        await AppendAsync(1, batchOneEvents, ct);
        await AppendAsync(100, 2_000, ct);
        await RecoveryAsync(withSnapshots: false, ct);
        await RecoveryAsync(withSnapshots: true, ct);
    }

    private async Task AppendAsync(int batch, int events, CancellationToken ct)
    {
        var subject = await Measure.RatePerSecondAsync(async () =>
        {
            var id = NewId();
            for (var seq = 1L; seq <= events; seq += batch)
            {
                var write = Enumerable.Range(0, batch).Select(i => new EventToWrite(seq + i, BenchData.Event(seq + i))).ToImmutableArray();
                await journal.WriteAsync(new AtomicWrite(id, write), ct);
            }
        }, events, rounds: 3);
        var baseline = await Measure.RatePerSecondAsync(async () =>
        {
            var id = NewId();
            for (var seq = 1L; seq <= events; seq += batch)
            {
                var payloads = Enumerable.Range(0, batch).Select(i => JsonSerializer.SerializeToUtf8Bytes(BenchData.Event(seq + i), JsonSerializerOptions.Web)).ToList();
                await raw.AppendAsync(id, seq, payloads, ct);
            }
        }, events, rounds: 3);
        report.Figure($"{name} append batch {batch}: journal", subject, "events/s");
        report.Figure($"{name} append batch {batch}: raw driver", baseline, "events/s");
        report.Ratio($"{name} append batch {batch}: journal / raw", subject, baseline, batch > 1 ? ">= 0.5" : "report");
    }

    private async Task RecoveryAsync(bool withSnapshots, CancellationToken ct)
    {
        var id = NewId();
        for (var seq = 1L; seq <= Entity; seq += 100)
        {
            await journal.WriteAsync(new AtomicWrite(id, [.. Enumerable.Range(0, 100).Select(i => new EventToWrite(seq + i, BenchData.Event(seq + i)))]), ct);
            await raw.AppendAsync(id, seq, [.. Enumerable.Range(0, 100).Select(i => JsonSerializer.SerializeToUtf8Bytes(BenchData.Event(seq + i), JsonSerializerOptions.Web))], ct);
            if (withSnapshots && (seq + 99) % SnapshotEvery == 0)
            {
                var state = BenchData.State(seq + 99);
                await snapshots.SaveAsync(new SnapshotMetadata(id, seq + 99, DateTimeOffset.UtcNow), state, ct);
                await raw.SaveSnapshotAsync(id, seq + 99, JsonSerializer.SerializeToUtf8Bytes(state, JsonSerializerOptions.Web), ct);
            }
        }

        var subject = await BestMillisecondsAsync(async () =>
        {
            var from = 1L;
            if (withSnapshots)
            {
                var snapshot = await snapshots.LoadAsync(id, SnapshotSelectionCriteria.Latest, ct);
                from = (snapshot?.Metadata.SequenceNr ?? 0) + 1;
            }

            var count = 0;
            await foreach (var _ in journal.ReplayAsync(id, from, long.MaxValue, long.MaxValue, ct))
            {
                count++;
            }

            return from - 1 + count;
        });
        var baseline = await BestMillisecondsAsync(async () =>
        {
            var after = withSnapshots ? await raw.LoadLatestSnapshotAsync(id, ct) : 0;
            return after + await raw.ReplayAsync(id, after, ct);
        });
        var what = withSnapshots ? $"recovery of {Entity:N0} events, snapshot every {SnapshotEvery:N0}" : $"recovery of {Entity:N0} events, no snapshot";
        report.Figure($"{name} {what}: journal", subject, "ms");
        report.Figure($"{name} {what}: raw driver", baseline, "ms");
        report.Ratio($"{name} {what}: journal time / raw", subject, baseline, withSnapshots ? "journal < 200 ms" : "report");
    }

    private static async Task<double> BestMillisecondsAsync(Func<Task<long>> recover)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 6; round++)
        {
            var sw = Stopwatch.StartNew();
            var recovered = await recover();
            var ms = sw.Elapsed.TotalMilliseconds;
            if (recovered != Entity)
            {
                throw new InvalidOperationException($"recovery reached sequence number {recovered}, expected {Entity}");
            }

            best = round == 0 ? best : Math.Min(best, ms); // round 0 warms up
        }

        return best;
    }

    private static string NewId() => "bench-" + Guid.NewGuid().ToString("N")[..10];
}
