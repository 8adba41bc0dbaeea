using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Maiev.TestKit.Servers;
using Npgsql;

namespace Maiev.Node.Tests.Servers;

/// <summary>One proof per real server: scripts/services.sh started it and the tests can use it.</summary>
[Collection(RegistryNotificationsCollection.Name)]
public sealed class ServerProofTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [ServerFact(Server.RabbitMq)]
    public async Task RabbitMq_management_api_reports_a_declared_queue()
    {
        using var api = RabbitMqApi();
        var queue = Unique.Name("proof");

        using (var put = await api.PutAsJsonAsync($"api/queues/%2F/{queue}", new { durable = false, auto_delete = false }))
        {
            Assert.True(put.IsSuccessStatusCode, $"declaring {queue} answered {(int)put.StatusCode}");
        }

        try
        {
            using var doc = JsonDocument.Parse(await api.GetStringAsync($"api/queues/%2F/{queue}"));
            Assert.Equal(queue, doc.RootElement.GetProperty("name").GetString());
            Assert.Equal("/", doc.RootElement.GetProperty("vhost").GetString());
        }
        finally
        {
            using var _ = await api.DeleteAsync($"api/queues/%2F/{queue}");
        }
    }

    [ServerFact(Server.Postgres)]
    public async Task Postgres_accepts_the_maiev_role_with_its_password()
    {
        await using var connection = new NpgsqlConnection(TestServers.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select current_user, current_database()", connection);
        await using var reader = await command.ExecuteReaderAsync();

        Assert.True(await reader.ReadAsync());
        Assert.Equal("maiev", reader.GetString(0));
        Assert.Equal("maiev", reader.GetString(1));
    }

    [ServerFact(Server.Docker)]
    public async Task Swarm_runs_a_service_from_the_local_base_image()
    {
        using var docker = DockerSocket.CreateClient();
        var name = Unique.Name("proof");
        var spec = new
        {
            Name = name,
            TaskTemplate = new
            {
                ContainerSpec = new
                {
                    Image = TestServers.DockerImage,
                    Command = new[] { "/bin/sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done" },
                    StopGracePeriod = 2_000_000_000L,
                },
            },
            Mode = new { Replicated = new { Replicas = 1 } },
        };

        using var create = await docker.PostAsJsonAsync("services/create", spec);
        var body = await create.Content.ReadAsStringAsync();
        Assert.True(create.StatusCode == HttpStatusCode.Created, $"services/create answered {(int)create.StatusCode}: {body}");
        var id = JsonDocument.Parse(body).RootElement.GetProperty("ID").GetString();

        try
        {
            var filter = Uri.EscapeDataString($"{{\"service\":[\"{name}\"]}}");
            var running = await Eventually(async () =>
            {
                using var tasks = JsonDocument.Parse(await docker.GetStringAsync($"tasks?filters={filter}"));
                return tasks.RootElement.EnumerateArray()
                    .Any(t => t.GetProperty("Status").GetProperty("State").GetString() == "running");
            });
            Assert.True(running, $"no task of {name} was running within {Patience.TotalSeconds} s");
        }
        finally
        {
            using var delete = await docker.DeleteAsync($"services/{id}");
            Assert.True(delete.IsSuccessStatusCode, $"removing {name} answered {(int)delete.StatusCode}");
        }

        using var gone = await docker.GetAsync($"services/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [ServerFact(Server.Docker | Server.Registry)]
    public async Task Registry_notifies_a_push_with_the_bearer_token()
    {
        var notifyUrl = TestServers.RegistryNotifyUrl;
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://{notifyUrl.Authority}{notifyUrl.AbsolutePath.TrimEnd('/')}/");
        listener.Start();

        using var docker = DockerSocket.CreateClient();
        var repository = Unique.Name("proof");
        var target = $"{TestServers.Registry}/{repository}";
        using (var tag = await docker.PostAsync(
            $"images/{TestServers.DockerImage}/tag?repo={Uri.EscapeDataString(target)}&tag=1.0.0", content: null))
        {
            Assert.True(tag.IsSuccessStatusCode, $"tag answered {(int)tag.StatusCode}");
        }

        using var push = new HttpRequestMessage(HttpMethod.Post, $"images/{target}/push?tag=1.0.0");
        push.Headers.Add("X-Registry-Auth", Convert.ToBase64String(Encoding.UTF8.GetBytes("{}")));
        using var pushed = await docker.SendAsync(push);
        var progress = await pushed.Content.ReadAsStringAsync();
        Assert.True(pushed.IsSuccessStatusCode && !progress.Contains("\"error\"", StringComparison.Ordinal), $"push failed: {progress}");

        using var cts = new CancellationTokenSource(Patience);
        while (true)
        {
            var context = await listener.GetContextAsync().WaitAsync(cts.Token);
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var envelope = await reader.ReadToEndAsync(cts.Token);
            var authorization = context.Request.Headers["Authorization"];
            context.Response.StatusCode = 200;
            context.Response.Close();

            using var doc = JsonDocument.Parse(envelope);
            var push1 = doc.RootElement.GetProperty("events").EnumerateArray().FirstOrDefault(e =>
                e.GetProperty("action").GetString() == "push"
                && e.GetProperty("target").GetProperty("repository").GetString() == repository
                && e.GetProperty("target").TryGetProperty("tag", out var t) && t.GetString() == "1.0.0");
            if (push1.ValueKind == JsonValueKind.Undefined)
            {
                continue; // another test's push, or a blob event
            }

            Assert.Equal($"Bearer {TestServers.RegistryNotifyToken}", authorization);
            Assert.StartsWith("sha256:", push1.GetProperty("target").GetProperty("digest").GetString(), StringComparison.Ordinal);
            return;
        }
    }

    private static HttpClient RabbitMqApi()
    {
        var client = new HttpClient { BaseAddress = TestServers.RabbitMqApi };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestServers.RabbitMqUser}:{TestServers.RabbitMqPassword}")));
        return client;
    }

    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }
}
