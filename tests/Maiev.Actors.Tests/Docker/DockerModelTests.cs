using System.Text.Json.Nodes;
using Maiev.Actors.Docker;

namespace Maiev.Actors.Tests.Docker;

public sealed class DockerModelTests
{
    [Fact]
    public void FromEnvironment_reads_docker_host_and_tls_like_the_cli()
    {
        var vars = new Dictionary<string, string> { ["DOCKER_HOST"] = "tcp://10.0.0.5:2376", ["DOCKER_TLS_VERIFY"] = "1", ["DOCKER_CERT_PATH"] = "/certs" };

        var endpoint = DockerEndpoint.FromEnvironment(vars.GetValueOrDefault);

        Assert.Equal(new DockerEndpoint(new Uri("tcp://10.0.0.5:2376"), "/certs", true), endpoint);
        Assert.Equal(new Uri("https://10.0.0.5:2376/"), endpoint.BaseAddress);
    }

    [Fact]
    public void FromEnvironment_defaults_to_the_local_unix_socket_without_tls()
    {
        var endpoint = DockerEndpoint.FromEnvironment(_ => null);

        Assert.Equal(DockerEndpoint.DefaultHost, endpoint.Host);
        Assert.False(endpoint.UsesTls);
        Assert.Equal(new Uri("http://docker/"), endpoint.BaseAddress);
    }

    [Fact]
    public void Parse_refuses_an_unsupported_scheme_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => DockerEndpoint.Parse("ssh://host"));

        Assert.Contains("ssh://host", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404, """{"message":"service x not found"}""", "NotFound")]
    [InlineData(500, """{"message":"rpc error: code = Unknown desc = update out of sequence"}""", "OutOfSequence")]
    [InlineData(500, """{"message":"something broke"}""", "Unavailable")]
    [InlineData(409, """{"message":"name conflicts"}""", "Conflict")]
    [InlineData(400, """{"message":"version missing"}""", "Invalid")]
    [InlineData(401, "not json", "Unauthorized")]
    public void ErrorFrom_types_the_daemon_answer_and_keeps_its_message(int status, string body, string kind)
    {
        var error = DockerClient.ErrorFrom("POST /services/x/update", status, body);

        Assert.Equal(Enum.Parse<DockerErrorKind>(kind), error.Kind);
        Assert.Equal(status, error.StatusCode);
        Assert.Contains(error.DaemonMessage!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseEvent_reads_type_action_actor_and_time()
    {
        var e = DockerClient.ParseEvent("""{"Type":"service","Action":"update","Actor":{"ID":"abc","Attributes":{"name":"web","updatestate.new":"completed"}},"time":1,"timeNano":1700000000123456789}""");

        Assert.NotNull(e);
        Assert.Equal(("service", "update", "abc", 1700000000123456789L), (e.Type, e.Action, e.ActorId, e.TimeNano));
        Assert.Equal("completed", e.Attributes["updatestate.new"]);
        Assert.Null(DockerClient.ParseEvent("not json"));
    }

    [Fact]
    public void SwarmService_reads_replicas_image_and_update_status_and_knows_global_services()
    {
        var replicated = SwarmService.FromJson(JsonNode.Parse("""
            {"ID":"s1","Version":{"Index":42},"Spec":{"Name":"web","Labels":{"a":"b"},"TaskTemplate":{"ContainerSpec":{"Image":"r/web:1@sha256:00"}},"Mode":{"Replicated":{"Replicas":3}}},
             "UpdateStatus":{"State":"rollback_completed","Message":"rollback completed","StartedAt":"2026-01-01T00:00:00Z"}}
            """)!);
        var global = SwarmService.FromJson(JsonNode.Parse("""{"ID":"s2","Version":{"Index":1},"Spec":{"Name":"agent","Mode":{"Global":{}}}}""")!);

        Assert.Equal(("web", 42UL, 3, "r/web:1@sha256:00"), (replicated.Name, replicated.VersionIndex, replicated.Replicas!.Value, replicated.Image));
        Assert.Equal("b", replicated.Labels["a"]);
        Assert.True(replicated.UpdateStatus!.IsRollback && replicated.UpdateStatus.IsFinal);
        Assert.True(global.IsGlobal);
        Assert.Null(global.Replicas);
    }

    [Fact]
    public void UpdateConfig_is_sent_in_nanoseconds_and_refuses_unknown_actions()
    {
        var json = new SwarmUpdateConfig(Parallelism: 2, Delay: TimeSpan.FromSeconds(3), Monitor: TimeSpan.FromSeconds(1)).ToJson();

        Assert.Equal(3_000_000_000L, json["Delay"]!.GetValue<long>());
        Assert.Equal(1_000_000_000L, json["Monitor"]!.GetValue<long>());
        Assert.Equal("rollback", json["FailureAction"]!.GetValue<string>());
        var error = Assert.Throws<ArgumentException>(() => new SwarmUpdateConfig(FailureAction: "explode").ToJson());
        Assert.Contains("explode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SwarmService_reads_replicas_set_by_maiev_as_well_as_parsed_ones()
    {
        var service = SwarmService.FromJson(JsonNode.Parse("""{"ID":"s","Version":{"Index":7},"Spec":{"Name":"web","Mode":{"Replicated":{"Replicas":1}}}}""")!);

        service.Spec["Mode"] = new JsonObject { ["Replicated"] = new JsonObject { ["Replicas"] = 4 } };

        Assert.Equal(4, service.Replicas);
    }
}
