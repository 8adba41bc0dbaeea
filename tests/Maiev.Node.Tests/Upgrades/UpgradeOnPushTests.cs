using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Maiev.Node.Tests.Node;
using Maiev.Node.Tests.Samples;
using Maiev.Node.Tests.Servers;
using Maiev.TestKit.Servers;
using Xunit.Abstractions;

namespace Maiev.Node.Tests.Upgrades;

/// <summary>
/// Upgrade on push through the real node: real registry pushes and notifications, the node's webhook endpoint and
/// admin API, real Swarm services. Only states are asserted (Swarm's spec image, the service's history), each with a
/// generous deadline.
/// </summary>
[Collection(RegistryNotificationsCollection.Name)]
public sealed class UpgradeOnPushTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = UpgradeScenario.Patience;
    private static readonly string[] Ends = ["UpgradeCompleted", "UpgradeRolledBack", "UpgradeFailed"];

    [ServerFact(Server.RabbitMq | Server.Docker | Server.Registry)]
    public async Task Pushes_notified_by_the_registry_upgrade_within_policy_once_and_roll_back_a_broken_image()
    {
        // Arrange: a service on 1.0.0@digest, monitored by a node on the registry's notification URL, policy minor.
        await using var scenario = await UpgradeScenario.StartAsync("upg-push");
        var dataDir = TestNode.NewDataDir();
        try
        {
            string v101;
            await using (var node = await StartNodeAsync(dataDir, TestServers.RegistryNotifyUrl.Port, TestServers.RegistryNotifyToken))
            {
                await MonitorAsync(node, scenario, scenario.Initial);

                // 1. push 1.0.1 → the registry's own notification → the node → Swarm rolls the service onto it.
                v101 = await scenario.PushWorkloadAsync("1.0.1");
                var history = await EndOfUpgradeAsync(node, scenario, v101);
                Assert.Single(history.Where("UpgradeCompleted", "target", v101));
                var seen = Assert.Single(history.Where("NewVersionSeen", "pushed", v101));
                Assert.Equal("Upgrade", History.Data(seen, "outcome"));
                Assert.DoesNotContain("poll:", History.Data(seen, "eventId") ?? "", StringComparison.Ordinal); // no poller on this node
                Assert.Single(history.Where("UpgradeStarted", "target", v101));
                Assert.Equal(v101, await scenario.SwarmImageAsync());

                // 2. a downgrade, a major bump under policy minor and another species are seen and ignored. Each wait
                // ends when the history records the push as NewVersionSeen with its outcome (the service records every push).
                var ignored = new Dictionary<string, string>
                {
                    [await scenario.PushWorkloadAsync("0.9.0")] = "Downgrade",
                    [await scenario.PushWorkloadAsync("2.0.0")] = "OutsidePolicy",
                    [await scenario.PushWorkloadAsync("1.0.2", tag: "other-1.0.2")] = "OtherSpecies",
                };
                history = await Eventually.SeeAsync(() => scenario.HistoryAsync(node),
                    h => ignored.Keys.All(r => h.Where("NewVersionSeen", "pushed", r).Count > 0), Patience, "the three ignored pushes in the history");
                foreach (var (reference, outcome) in ignored)
                {
                    Assert.Equal(outcome, History.Data(history.Where("NewVersionSeen", "pushed", reference)[0], "outcome"));
                }

                Assert.Single(history.OfType("UpgradeStarted"));
                Assert.Equal(v101, await scenario.SwarmImageAsync());

                // 4. a wrong token and a malformed body change nothing.
                var before = UpgradeEvents(history);
                var wrongToken = await PostAsync(node, """{"events":[]}""", "not-the-token");
                var malformed = await PostAsync(node, """{"events":[{"id":"x","action":"push"}]}""", TestServers.RegistryNotifyToken);
                Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.Status);
                Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
                Assert.Equal("application/problem+json", malformed.Response.Content.Headers.ContentType?.MediaType);
                Assert.Contains("$.events[0]", malformed.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
                Assert.Equal(before, UpgradeEvents(await scenario.HistoryAsync(node)));
                Assert.Equal(v101, await scenario.SwarmImageAsync());
            }

            // 5. the registry's notification of 1.0.2, captured while the node is down, delivered twice to the restarted node.
            byte[] captured;
            string v102;
            using (var capture = NotificationCapture.Listen())
            {
                v102 = await scenario.PushWorkloadAsync("1.0.2");
                captured = await capture.PushOfAsync(scenario.Path, "1.0.2", Patience);
            }

            await using (var node = await StartNodeAsync(dataDir, TestServers.RegistryNotifyUrl.Port, TestServers.RegistryNotifyToken))
            {
                await Eventually.SeeAsync(() => ImageAsync(node, scenario.Name), i => i == v101, Patience, $"the restarted node to see {scenario.Name} on {v101}");
                var first = await PostAsync(node, captured, TestServers.RegistryNotifyToken);
                var second = await PostAsync(node, captured, TestServers.RegistryNotifyToken);
                Assert.Equal(HttpStatusCode.Accepted, first.Status);
                Assert.Equal(HttpStatusCode.Accepted, second.Status);
                Assert.True(first.Body.GetProperty("relevant").GetInt32() >= 1, $"first delivery: {first.Body}");
                Assert.Equal(0, first.Body.GetProperty("duplicates").GetInt32());
                Assert.Equal(first.Body.GetProperty("relevant").GetInt32(), second.Body.GetProperty("duplicates").GetInt32());
                var history = await EndOfUpgradeAsync(node, scenario, v102);
                Assert.Single(history.Where("UpgradeCompleted", "target", v102));
                Assert.Single(history.Where("UpgradeStarted", "target", v102));
                Assert.Equal(v102, await scenario.SwarmImageAsync());

                // 3. a pushed image that cannot run: Swarm rolls back, the history says why, the service runs 1.0.2.
                var broken = await scenario.PushBrokenAsync("1.0.3");
                history = await EndOfUpgradeAsync(node, scenario, broken);
                var rolledBack = Assert.Single(history.Where("UpgradeRolledBack", "target", broken));
                Assert.False(string.IsNullOrWhiteSpace(History.Data(rolledBack, "reason")), $"rollback without a reason: {rolledBack}");
                Assert.Equal(v102, await scenario.SwarmImageAsync());
                await Eventually.SeeAsync(scenario.TasksAsync, t => t.Items.Any(x => x.IsRunning && x.Image == v102), Patience,
                    $"a running task of {scenario.Name} on {v102} after the rollback");
                output.WriteLine(history.ToString());
            }
        }
        finally
        {
            DeleteQuietly(dataDir);
        }
    }

    [ServerFact(Server.RabbitMq | Server.Docker | Server.Registry)]
    public async Task A_push_nobody_is_notified_of_is_found_by_polling_and_upgrades_the_service()
    {
        // Arrange: the node listens on a free port, not on the registry's notification URL, so the registry's
        // notifications of this test's pushes reach no receiver at all (and its webhook token is not the registry's
        // either). The upgrade is attributed to polling by the NewVersionSeen event id, "poll:{reference}".
        await using var scenario = await UpgradeScenario.StartAsync("upg-poll");
        await using var node = await StartNodeAsync(null, 0, "not-the-registry-token", pollRegistry: true);
        await MonitorAsync(node, scenario, scenario.Initial);

        // The poller's first round of a repository only records its tags: push probe tags (another species, ignored)
        // until one shows up in the history as a poll, so the poller is known to report new tags of this repository.
        await ProbePollerAsync(node, scenario);

        // Act
        var v101 = await scenario.PushWorkloadAsync("1.0.1");

        // Assert
        var history = await EndOfUpgradeAsync(node, scenario, v101);
        Assert.Single(history.Where("UpgradeCompleted", "target", v101));
        var seen = Assert.Single(history.Where("NewVersionSeen", "pushed", v101));
        Assert.StartsWith("poll:", History.Data(seen, "eventId"), StringComparison.Ordinal);
        Assert.Equal(v101, await scenario.SwarmImageAsync());
        output.WriteLine(history.ToString());
    }

    private static async Task ProbePollerAsync(TestNode node, UpgradeScenario scenario)
    {
        var start = TimeProvider.System.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var probe = await scenario.PushWorkloadAsync("1.0.0", tag: $"probe-{attempt}");
            var perAttempt = TimeProvider.System.GetTimestamp();
            while (TimeProvider.System.GetElapsedTime(perAttempt) < TimeSpan.FromSeconds(15))
            {
                var seen = (await scenario.HistoryAsync(node)).Where("NewVersionSeen", "pushed", probe);
                if (seen.Count > 0)
                {
                    Assert.StartsWith("poll:", History.Data(seen[0], "eventId"), StringComparison.Ordinal);
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500), TimeProvider.System);
            }

            Assert.True(TimeProvider.System.GetElapsedTime(start) < Patience,
                $"no probe push of {scenario.Repository} was reported by the poller within {Patience.TotalSeconds} s: {await scenario.HistoryAsync(node)}");
        }
    }

    private static async Task<TestNode> StartNodeAsync(string? dataDir, int port, string webhookToken, bool pollRegistry = false) =>
        await TestNode.StartAsync(env =>
        {
            env["MAIEV__HTTP__PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            env["MAIEV__REGISTRY__WEBHOOK_TOKEN"] = webhookToken;
            env["MAIEV__DOCKER__HOST"] = TestServers.DockerHost;
            env["MAIEV__RABBITMQ__MANAGEMENT_URI"] = TestServers.RabbitMqApi.ToString();
            env["MAIEV__RABBITMQ__USER"] = TestServers.RabbitMqUser;
            env["MAIEV__RABBITMQ__PASSWORD"] = TestServers.RabbitMqPassword;
            if (pollRegistry)
            {
                env["MAIEV__REGISTRY__URL"] = $"http://{TestServers.Registry}/";
                env["MAIEV__REGISTRY__POLL_INTERVAL"] = "1s";
            }
        }, dataDir);

    private static async Task MonitorAsync(TestNode node, UpgradeScenario scenario, string image)
    {
        var put = await node.SendAsync(HttpMethod.Put, $"/api/v1/services/{scenario.Name}", scenario.Spec("minor"));
        Assert.True(put.Status is HttpStatusCode.Created or HttpStatusCode.OK, $"PUT {scenario.Name} answered {(int)put.Status}: {put.Body}");
        await Eventually.SeeAsync(() => ImageAsync(node, scenario.Name), i => i == image, Patience, $"the node to see {scenario.Name} on {image}");
    }

    private static async Task<string?> ImageAsync(TestNode node, string name)
    {
        var (status, body, _) = await node.GetAsync($"/api/v1/services/{name}");
        return status == HttpStatusCode.OK && body.GetProperty("image").ValueKind == JsonValueKind.String ? body.GetProperty("image").GetString() : $"({(int)status})";
    }

    private static Task<History> EndOfUpgradeAsync(TestNode node, UpgradeScenario scenario, string target) =>
        Eventually.SeeAsync(() => scenario.HistoryAsync(node), h => Ends.Any(end => h.Where(end, "target", target).Count > 0), Patience,
            $"the upgrade of {scenario.Name} to {target} to end in its history");

    private static string UpgradeEvents(History history) =>
        string.Join("; ", history.Events.Where(e => e.GetProperty("kind").GetString() == "upgrade").Select(e => e.GetProperty("seq").GetInt64()));

    private static Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> PostAsync(TestNode node, string json, string token) =>
        PostAsync(node, System.Text.Encoding.UTF8.GetBytes(json), token);

    private static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> PostAsync(TestNode node, byte[] body, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/registry") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.docker.distribution.events.v1+json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await node.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 && text[0] == '{' ? JsonDocument.Parse(text).RootElement.Clone() : default, response);
    }

    private static void DeleteQuietly(string dir)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp directory
        }
    }
}
