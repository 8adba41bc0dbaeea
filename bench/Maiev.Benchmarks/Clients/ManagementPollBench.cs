using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Maiev.Actors.RabbitMq;
using Maiev.Benchmarks.Harness;
using RabbitMQ.Client;

namespace Maiev.Benchmarks.Clients;

/// <summary>
/// The cost of one management poll of 1,000 queues in one request against 1,000 single-queue requests,
/// on the real broker named by <c>MAIEV_TEST_RABBITMQ_API</c> / <c>MAIEV_TEST_RABBITMQ_AMQP</c>
/// (a throwaway vhost, deleted afterwards).
/// </summary>
internal static class ManagementPollBench
{
    public static async Task RunAsync(BenchReport report, CancellationToken ct)
    {
        var api = Environment.GetEnvironmentVariable("MAIEV_TEST_RABBITMQ_API");
        var amqp = Environment.GetEnvironmentVariable("MAIEV_TEST_RABBITMQ_AMQP");
        if (string.IsNullOrEmpty(api) || string.IsNullOrEmpty(amqp))
        {
            report.Note("management poll: skipped (no MAIEV_TEST_RABBITMQ_API/AMQP; eval \"$(scripts/services.sh env)\")");
            return;
        }

        var user = Environment.GetEnvironmentVariable("MAIEV_TEST_RABBITMQ_USER") ?? "guest";
        var password = Environment.GetEnvironmentVariable("MAIEV_TEST_RABBITMQ_PASSWORD") ?? "guest";
        var vhost = $"bench-clients-{Guid.NewGuid():N}"[..24];
        using var admin = new HttpClient { BaseAddress = new Uri(api) };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        (await admin.PutAsJsonAsync($"api/vhosts/{vhost}", new { }, ct)).EnsureSuccessStatusCode();
        try
        {
            (await admin.PutAsJsonAsync($"api/permissions/{vhost}/{user}", new { configure = ".*", write = ".*", read = ".*" }, ct)).EnsureSuccessStatusCode();
            var queues = Enumerable.Range(0, MetricsComputationBench.Queues).Select(i => $"q-{i:D4}").ToList();
            var factory = new ConnectionFactory { Uri = new Uri(amqp), VirtualHost = vhost };
            await using (var connection = await factory.CreateConnectionAsync(ct))
            await using (var channel = await connection.CreateChannelAsync(cancellationToken: ct))
            {
                foreach (var q in queues)
                {
                    await channel.QueueDeclareAsync(q, false, false, false, cancellationToken: ct);
                }
            }

            using var client = new RabbitMqManagementClient(new RabbitMqManagementOptions(new Uri(new Uri(api), "api/"), user, password));
            var bulk = await TimeAsync(() => client.SampleAsync(vhost, queues, ct), rounds: 5);
            var single = await TimeAsync(async () =>
            {
                foreach (var q in queues)
                {
                    QueueMetricsCalculator.Compute(await client.GetQueueAsync(vhost, q, ct), DateTimeOffset.UtcNow);
                }
            }, rounds: 2);

            report.Figure("clients: poll of 1,000 queues, one bulk request", bulk * 1000, "ms");
            report.Figure("clients: poll of 1,000 queues, 1,000 single requests", single * 1000, "ms");
            report.Ratio("clients: bulk poll cost vs per-queue requests", bulk, single, "< 0.1 (one request per vhost)");
        }
        finally
        {
            using var _ = await admin.DeleteAsync($"api/vhosts/{vhost}", ct);
        }
    }

    private static async Task<double> TimeAsync(Func<Task> run, int rounds)
    {
        await run();
        var best = double.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            var sw = Stopwatch.StartNew();
            await run();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        return best;
    }
}
