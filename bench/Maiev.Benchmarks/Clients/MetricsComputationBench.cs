using System.Text;
using System.Text.Json;
using Maiev.Actors.RabbitMq;
using Maiev.Benchmarks.Harness;

namespace Maiev.Benchmarks.Clients;

/// <summary>
/// Reading and computing the metrics of 1,000 queues from one bulk answer: Maiev's tolerant reader and
/// calculator against a hand-written baseline that reads the same fields straight into doubles.
/// </summary>
internal static class MetricsComputationBench
{
    public const int Queues = 1_000;

    public static void Run(BenchReport report)
    {
        using var doc = JsonDocument.Parse(BulkAnswer(Queues));
        var now = DateTimeOffset.UtcNow;
        var sink = 0.0;

        var subject = Measure.RatePerSecond(() =>
        {
            foreach (var q in doc.RootElement.EnumerateArray())
            {
                sink += QueueMetricsCalculator.Compute(QueueStatsJson.Read(q), now).Latency ?? 0;
            }
        }, Queues, rounds: 20);
        var baseline = Measure.RatePerSecond(() =>
        {
            foreach (var q in doc.RootElement.EnumerateArray())
            {
                sink += HandWrittenLatency(q);
            }
        }, Queues, rounds: 20);

        var subjectBytes = AllocatedPerQueue(() =>
        {
            foreach (var q in doc.RootElement.EnumerateArray())
            {
                sink += QueueMetricsCalculator.Compute(QueueStatsJson.Read(q), now).Waiting;
            }
        });
        var baselineBytes = AllocatedPerQueue(() =>
        {
            foreach (var q in doc.RootElement.EnumerateArray())
            {
                sink += HandWrittenLatency(q);
            }
        });

        report.Figure("clients: metrics from bulk JSON (Maiev)", subject, "queues/s");
        report.Figure("clients: metrics from bulk JSON (hand-written baseline)", baseline, "queues/s");
        report.Figure("clients: bytes allocated per queue (Maiev)", subjectBytes, "B");
        report.Figure("clients: bytes allocated per queue (baseline)", baselineBytes, "B");
        report.Ratio("clients: metric computation speed vs hand-written", subject, baseline, ">= 0.3 (records and null handling cost a little)");
        report.Note($"(checksum {sink:0})");
    }

    private static double AllocatedPerQueue(Action run)
    {
        run();
        var before = GC.GetAllocatedBytesForCurrentThread();
        run();
        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Queues;
    }

    // The baseline: only what latency needs, no records, no tolerance beyond TryGetProperty.
    private static double HandWrittenLatency(JsonElement q)
    {
        var ready = q.TryGetProperty("messages_ready", out var r) ? r.GetDouble() : 0;
        var deliver = q.TryGetProperty("message_stats", out var ms) && ms.TryGetProperty("deliver_get_details", out var d) ? d.GetProperty("rate").GetDouble() : 0;
        return deliver > 0 ? ready / deliver : 0;
    }

    public static string BulkAnswer(int queues)
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < queues; i++)
        {
            var c = System.Globalization.CultureInfo.InvariantCulture;
            sb.Append(i == 0 ? string.Empty : ",")
                .Append(c, $"{{\"name\":\"q-{i}\",\"vhost\":\"/\",\"messages_ready\":{i * 7},\"messages_unacknowledged\":{i % 5},")
                .Append(c, $"\"consumers\":{i % 3},\"consumer_utilisation\":0.5,\"head_message_timestamp\":{1_700_000_000 + i},")
                .Append(c, $"\"message_stats\":{{\"publish_details\":{{\"rate\":{i % 11}.5}},\"deliver_get_details\":{{\"rate\":{i % 13}.25}},")
                .Append("\"ack_details\":{\"rate\":1.0}}}");
        }

        return sb.Append(']').ToString();
    }
}
