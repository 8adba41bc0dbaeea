using System.Net.Http.Json;
using Maiev.TestKit.Servers;

namespace Maiev.Actors.Tests.RabbitMq;

/// <summary>1,000 watched queues cost one request per vhost per poll (or one per page).</summary>
public sealed class RabbitMqBulkPollTests
{
    [ServerFact(Server.RabbitMq)]
    public async Task A_thousand_queues_are_sampled_with_one_request_or_one_per_page()
    {
        var vhost = Unique.Name("clients-vhost");
        using var admin = AdminClient();
        using (var put = await admin.PutAsJsonAsync($"api/vhosts/{vhost}", new { }))
        {
            Assert.True(put.IsSuccessStatusCode, $"creating vhost {vhost} answered {(int)put.StatusCode}");
        }

        try
        {
            using (var perms = await admin.PutAsJsonAsync($"api/permissions/{vhost}/{TestServers.RabbitMqUser}", new { configure = ".*", write = ".*", read = ".*" }))
            {
                Assert.True(perms.IsSuccessStatusCode, $"granting {vhost} answered {(int)perms.StatusCode}");
            }

            var queues = Enumerable.Range(0, 1_000).Select(i => $"q-{i:D4}").ToList();
            await using (var connection = await RabbitMqFixture.ConnectAsync(vhost))
            await using (var channel = await connection.CreateChannelAsync())
            {
                foreach (var queue in queues)
                {
                    await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false);
                }
            }

            var watched = queues.Append("not-declared").ToList();
            var oneCall = new CountingHandler();
            using var client = RabbitMqFixture.Client(handler: oneCall);
            var paged = new CountingHandler();
            using var pagedClient = new Maiev.Actors.RabbitMq.RabbitMqManagementClient(RabbitMqFixture.Options() with { PageSize = 400 }, handler: paged);

            var samples = await client.SampleAsync(vhost, watched, CancellationToken.None);
            var pagedSamples = await pagedClient.SampleAsync(vhost, watched, CancellationToken.None);

            Assert.Equal(1, oneCall.Requests);
            Assert.Equal(3, paged.Requests); // 1,000 queues in pages of 400
            foreach (var result in new[] { samples, pagedSamples })
            {
                Assert.Equal(1_001, result.Count);
                Assert.All(result.Take(1_000), s => Assert.True(s.Metrics?.Exists, $"{s.Queue}: {s}"));
                Assert.False(result[^1].Metrics!.Exists);
            }
        }
        finally
        {
            using var _ = await admin.DeleteAsync($"api/vhosts/{vhost}");
        }
    }

    private static HttpClient AdminClient()
    {
        var client = new HttpClient { BaseAddress = TestServers.RabbitMqApi };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{TestServers.RabbitMqUser}:{TestServers.RabbitMqPassword}")));
        return client;
    }
}
