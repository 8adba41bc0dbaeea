using System.Text.Json;
using Maiev.Actors.Metrics;
using Maiev.Actors.RabbitMq;
using Maiev.Actors.Tests.Conformance;

namespace Maiev.Actors.Tests.RabbitMq;

/// <summary>maiev's <c>rabbitmq_metrics</c> cases, run against Maiev's calculator and option derivation.</summary>
public sealed class MaievRabbitMqConformanceTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var c in MaievCases.Area("rabbitmq_metrics"))
        {
            data.Add(c.GetProperty("id").GetInt32(), c.GetRawText());
        }

        return data;
    }

    [MaievCasesTheory]
    [MemberData(nameof(Cases))]
    public void Maiev_rabbitmq_metrics_case_holds(int id, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var input = doc.RootElement.GetProperty("input");
        var expected = doc.RootElement.GetProperty("expected");
        var function = input.GetProperty("function").GetString();

        switch (function)
        {
            case "RabbitMq.get_default_url/get_default_vhost":
                DefaultsFromAmqpUri(input, expected);
                break;
            case "RabbitMqApi.get_queue_stats":
                QueueUrl(input, expected);
                break;
            case "MonitorerRabbitmq._compute_queue":
                AssertMetrics(expected, Compute(input.GetProperty("management_api_queue_json")), $"case {id}");
                break;
            case "MonitorerRabbitmq.get_queue_stats":
                foreach (var queue in input.GetProperty("queues").EnumerateArray().Select(q => q.GetString()!))
                {
                    var api = input.GetProperty("api").GetProperty(queue);
                    var want = expected.GetProperty(queue);
                    // 404 → null in maiev; Maiev reads the same answer as "no stats", which computes to exists = false.
                    Assert.Equal(want.ValueKind == JsonValueKind.Null, api.ValueKind == JsonValueKind.Null);
                    Assert.Equal(want.ValueKind == JsonValueKind.Null, !Compute(api).Exists);
                }

                break;
            case "MonitorerRabbitmq.time_tick":
                foreach (var dispatch in expected.GetProperty("dispatch").EnumerateArray())
                {
                    var payload = dispatch[1];
                    var queue = payload.GetProperty("identifier").GetString()!;
                    AssertMetrics(payload.GetProperty("metrics"), Compute(input.GetProperty("api").GetProperty(queue)), $"case {id} queue {queue}");
                }

                break;
            default:
                Assert.Fail($"case {id}: function '{function}' is in area rabbitmq_metrics but this test does not know it; add it.");
                break;
        }
    }

    private static QueueMetrics Compute(JsonElement api) =>
        QueueMetricsCalculator.Compute(api.ValueKind == JsonValueKind.Null ? null : QueueStatsJson.Read(api, "q"), Now);

    private static void DefaultsFromAmqpUri(JsonElement input, JsonElement expected)
    {
        var options = RabbitMqManagementOptions.FromAmqpUri(new Uri(input.GetProperty("AMQP_URI").GetString()!));
        var want = new Uri(expected.GetProperty("api_url").GetString()!);
        var (user, password) = (want.UserInfo.Split(':')[0], want.UserInfo.Split(':')[1]);

        Assert.Equal(new UriBuilder(want) { UserName = string.Empty, Password = string.Empty }.Uri.AbsoluteUri.TrimEnd('/'), options.BaseAddress.AbsoluteUri.TrimEnd('/'));
        Assert.Equal(user, options.UserName);
        Assert.Equal(password, options.Password);
        Assert.Equal(expected.GetProperty("vhost").GetString(), options.DefaultVhost);
    }

    private static void QueueUrl(JsonElement input, JsonElement expected)
    {
        var baseUrl = new Uri(input.GetProperty("base_url").GetString()!.TrimEnd('/') + "/");
        var url = new Uri(baseUrl, RabbitMqManagementClient.QueuePath(input.GetProperty("vhost").GetString()!, input.GetProperty("queue").GetString()!));
        Assert.Equal(expected.GetProperty("GET").GetString(), url.AbsoluteUri);

        // maiev passed the answer through untouched; Maiev reads the same fields from it.
        var stats = QueueStatsJson.Read(input.GetProperty("http_response_json"), "q");
        var returns = expected.GetProperty("returns");
        Assert.Equal(returns.GetProperty("consumers").GetInt32(), stats.Consumers);
        Assert.Equal(returns.GetProperty("messages_ready").GetInt64(), stats.MessagesReady);
    }

    private static void AssertMetrics(JsonElement expected, QueueMetrics actual, string where)
    {
        foreach (var property in expected.EnumerateObject())
        {
            Assert.True(actual.TryGetValue(property.Name, out var value), $"{where}: '{property.Name}' is not a Maiev metric");
            double? want = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.True => 1,
                JsonValueKind.False => 0,
                _ => property.Value.GetDouble(),
            };
            Assert.True(want == value, $"{where}: {property.Name} expected {want?.ToString() ?? "null"}, got {value?.ToString() ?? "null"}");
        }
    }
}
