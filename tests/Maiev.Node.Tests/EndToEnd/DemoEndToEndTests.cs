using System.Text.Json;
using Maiev.Actors.Docker;
using Maiev.Node.Tests.Node;
using Maiev.Node.Tests.Samples;
using Maiev.Node.Tests.Servers;
using Maiev.TestKit.Servers;
using Maiev.TestKit.Workloads;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Maiev.Node.Tests.EndToEnd;

/// <summary>
/// What <c>scripts/demo.sh</c> shows, with assertions: the real node (in-process, on the registry's notification port,
/// SQLite in a temp directory) monitors the workload sample on Swarm through the real console, a burst scales it up,
/// the node is restarted mid-run and carries on from its journal, the service scales back to min, and a pushed patch
/// version is rolled out. Every wait polls for a state with a generous deadline; no timing is asserted.
/// </summary>
[Collection(RegistryNotificationsCollection.Name)]
public sealed class DemoEndToEndTests(ITestOutputHelper output)
{
    private const int Min = 1;
    private const int Max = 5;
    private const int Burst = 600;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [ServerFact(Server.RabbitMq | Server.Docker | Server.Registry)]
    public async Task Burst_scales_up_and_back_to_min_across_a_node_restart_then_a_pushed_patch_is_rolled_out()
    {
        // Arrange: the workload 1.0.0 in the registry, a consumer service pinned to its digest, the queue, a node.
        var name = Unique.Name("e2e");
        var repository = $"{TestServers.Registry}/maiev-e2e/{name}";
        using var docker = new DockerClient(new DockerEndpoint(DockerEndpoint.Parse(TestServers.DockerHost)));
        var dataDir = TestNode.NewDataDir();
        var specFile = Path.Combine(dataDir, "scale.json");
        await File.WriteAllTextAsync(specFile, DemoSpec(name));
        var factory = new ConnectionFactory { Uri = TestServers.RabbitMqAmqp };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(name, durable: false, exclusive: false, autoDelete: false);
        TestNode? node = null;
        try
        {
            var v100 = await PushAsync(docker, repository, "1.0.0");
            await docker.CreateServiceAsync(new SwarmServiceDefinition(name, v100, null, Min)
            {
                Env = [$"WORKLOAD_AMQP={TestServers.RabbitMqAmqp}", $"WORKLOAD_QUEUE={name}", "WORKLOAD_RATE=10"],
                Networks = ["host"],
                StopGracePeriod = TimeSpan.FromSeconds(10),
                Labels = new Dictionary<string, string> { ["maiev.test"] = "e2e" },
            }, CancellationToken.None);
            node = await StartNodeAsync(dataDir);

            // Act 1: bad console input, then monitor through the console.
            var missing = await MaievCli.RunAsync(node, "monitor", "docker", name, "--spec", Path.Combine(dataDir, "missing.json"));
            var badFile = Path.Combine(dataDir, "bad.json");
            await File.WriteAllTextAsync(badFile, DemoSpec(name).Replace("\"max\": 5", "\"max\": 0", StringComparison.Ordinal));
            var refused = await MaievCli.RunAsync(node, "monitor", "docker", name, "--spec", badFile);
            var monitor = await MaievCli.RunAsync(node, "monitor", "docker", name, "--spec", specFile);

            // Assert 1
            Assert.True(missing.Code == 2, $"a missing spec file is a usage error (2): {missing}");
            Assert.Contains("missing.json' does not exist", missing.Error, StringComparison.Ordinal);
            Assert.True(refused.Code == 5, $"an invalid spec is refused (5): {refused}");
            Assert.Contains("$.max", refused.Error, StringComparison.Ordinal);
            Assert.True(monitor.Code == 0, $"monitor: {monitor}");

            // Act 2: a burst; replicas rise above min.
            await PublishAsync(channel, name, Burst);
            await Eventually.SeeAsync(() => ReplicasAsync(docker, name), r => r > Min, Patience, $"{name} scaled above {Min} replica");

            // Act 3: the node stops while the service is above min; a new one starts on the same journal.
            var beforeRestart = await HistoryEvent.ReadAllAsync(node, name);
            await node.DisposeAsync();
            node = null;
            node = await StartNodeAsync(dataDir);
            var services = await MaievCli.RunAsync(node, "services", "--output", "json");

            // Assert 3: still monitored; it drains and scales back to min from the restored state.
            Assert.True(services.Code == 0, $"services after the restart: {services}");
            Assert.Contains(JsonDocument.Parse(services.Out).RootElement.GetProperty("services").EnumerateArray(), s => s.GetProperty("name").GetString() == name);
            await Eventually.SeeAsync(() => WaitingAsync(channel, name), w => w == 0, Patience, $"{name} drained");
            await Eventually.SeeAsync(() => ReplicasAsync(docker, name), r => r == Min, Patience, $"{name} back at min {Min}");
            var afterRestart = await HistoryEvent.ReadAllAsync(node, name);
            var lastSeqBefore = beforeRestart.Count == 0 ? 0 : beforeRestart.Max(e => e.Seq);
            output.WriteLine($"node restarted after event #{lastSeqBefore}");
            Assert.Contains(afterRestart, e => e.Seq > lastSeqBefore && e.Type == "ScaleDecided" && e.To < e.From);

            // Act 4: a patch version is pushed to the registry.
            var v101 = await PushAsync(docker, repository, "1.0.1");
            var completed = await Eventually.SeeAsync(
                () => HistoryEvent.ReadAllAsync(node, name), h => h.Any(e => e.Type is "UpgradeCompleted" or "UpgradeRolledBack" or "UpgradeFailed"),
                Patience, $"{name}'s upgrade to {v101} to end");

            // Assert 4: the rollout completed, pinned to the pushed digest; every decision is within bounds and explained.
            var ended = completed.Last(e => e.Type is "UpgradeCompleted" or "UpgradeRolledBack" or "UpgradeFailed");
            Assert.True(ended.Type == "UpgradeCompleted", $"the upgrade ended with {ended}");
            Assert.Contains(v101, ended.Data.GetRawText(), StringComparison.Ordinal);
            await Eventually.SeeAsync(() => ImageAsync(docker, name), i => i == v101, Patience, $"{name} running {v101}");
            foreach (var e in completed)
            {
                output.WriteLine(e.ToString());
            }

            var decisions = completed.Where(e => e.Type == "ScaleDecided").ToList();
            Assert.Contains(decisions, d => d.To > d.From);
            Assert.Contains(decisions, d => d.To < d.From);
            Assert.All(decisions, d =>
            {
                Assert.True(d.From is >= Min and <= Max && d.To is >= Min and <= Max, $"decision out of [{Min}, {Max}]: {d}");
                Assert.False(string.IsNullOrWhiteSpace(d.Reason), $"decision without a reason: {d}");
                var inputs = d.Data.GetRawText();
                Assert.True(inputs.Contains("\"rmq\"", StringComparison.Ordinal) && inputs.Contains("backlog", StringComparison.Ordinal),
                    $"decision without the metrics and rule results that made it: {d} {inputs}");
            });
        }
        finally
        {
            if (node is not null)
            {
                await node.DisposeAsync();
            }

            await RemoveQuietlyAsync(docker, name);
            await channel.QueueDeleteAsync(name);
            using var engine = DockerSocket.CreateClient();
            foreach (var version in new[] { "1.0.0", "1.0.1" })
            {
                // The local name this test pushed from (the image itself stays: other tags share it).
                using var _ = await engine.DeleteAsync($"images/{repository}:{version}?noprune=1");
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataDir, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp directory.
            }
        }
    }

    /// <summary>The demo's spec (<c>samples/demo/scale.json</c>) watching <paramref name="queue"/>.</summary>
    private static string DemoSpec(string queue)
    {
        var path = Path.Combine(WorkloadImage.RepositoryRoot(), "samples", "demo", "scale.json");
        return File.ReadAllText(path).Replace("\"maiev-demo\"", $"\"{queue}\"", StringComparison.Ordinal);
    }

    /// <summary>The node on the registry's notification port, receiving its webhooks and polling it as a fallback.</summary>
    private static async Task<TestNode> StartNodeAsync(string dataDir)
    {
        var port = TestServers.RegistryNotifyUrl.Port;
        await Eventually.SeeAsync(() => Task.FromResult(PortIsFree(port)), free => free, Patience, $"port {port} to be free (another test's node?)");
        return await TestNode.StartAsync(env =>
        {
            env["MAIEV__HTTP__PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            env["MAIEV__RABBITMQ__MANAGEMENT_URI"] = TestServers.RabbitMqApi.ToString();
            env["MAIEV__RABBITMQ__USER"] = TestServers.RabbitMqUser;
            env["MAIEV__RABBITMQ__PASSWORD"] = TestServers.RabbitMqPassword;
            env["MAIEV__RABBITMQ__POLL_INTERVAL"] = "1s";
            env["MAIEV__DOCKER__HOST"] = TestServers.DockerHost;
            env["MAIEV__REGISTRY__WEBHOOK_TOKEN"] = TestServers.RegistryNotifyToken;
            env["MAIEV__REGISTRY__URL"] = $"http://{TestServers.Registry}/";
            env["MAIEV__REGISTRY__POLL_INTERVAL"] = "5s";
        }, dataDir);
    }

    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    /// <summary>Builds the workload at <paramref name="version"/>, pushes it as <c>repository:version</c>, returns <c>repository:version@digest</c>.</summary>
    private static async Task<string> PushAsync(DockerClient docker, string repository, string version)
    {
        var local = await WorkloadImage.EnsureAsync($"maiev-test/workload:{version}", version, CancellationToken.None);
        await docker.TagImageAsync(local, repository, version, CancellationToken.None);
        var digest = await docker.PushImageAsync(repository, version, CancellationToken.None);
        Assert.True(digest is not null && digest.StartsWith("sha256:", StringComparison.Ordinal), $"push of {repository}:{version} reported digest '{digest}'");
        return $"{repository}:{version}@{digest}";
    }

    private static async Task PublishAsync(IChannel channel, string queue, int count)
    {
        var body = "burst"u8.ToArray();
        for (var i = 0; i < count; i++)
        {
            var properties = new BasicProperties { Timestamp = new AmqpTimestamp(DateTimeOffset.UtcNow.ToUnixTimeSeconds()) };
            await channel.BasicPublishAsync(string.Empty, queue, false, properties, body);
        }
    }

    private static async Task<uint> WaitingAsync(IChannel channel, string queue) =>
        (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;

    private static async Task<int?> ReplicasAsync(DockerClient docker, string name) =>
        (await docker.InspectServiceAsync(name, CancellationToken.None))?.Replicas;

    private static async Task<string?> ImageAsync(DockerClient docker, string name) =>
        (await docker.InspectServiceAsync(name, CancellationToken.None))?.Image;

    private static async Task RemoveQuietlyAsync(DockerClient docker, string name)
    {
        try
        {
            await docker.RemoveServiceAsync(name, CancellationToken.None);
        }
        catch (DockerApiException)
        {
            // cleanup must not hide the test's own failure
        }
    }
}
