using System.Text;
using System.Text.Json;
using Maiev.Actors.Upgrades;

namespace Maiev.Actors.Tests.Upgrades;

public sealed class RegistryNotificationParserTests
{
    private const string Digest = "sha256:064907084a526f4366c27eb1506bf7e26a364e5008296fe8767a2b56b316c10c";

    private static RegistryNotificationParseResult Parse(string json) => RegistryNotificationParser.Parse(Encoding.UTF8.GetBytes(json));

    private static string Envelope(params string[] events) => $$"""{"events":[{{string.Join(',', events)}}]}""";

    private static string Event(string id = "e1", string action = "push", string mediaType = "application/vnd.docker.distribution.manifest.v2+json",
        string repository = "team/app", string? tag = "1.0.1", string host = "registry.local:5000") =>
        $$$"""
        {"id":"{{{id}}}","timestamp":"2026-11-21T23:56:25.082158791Z","action":"{{{action}}}",
         "target":{"mediaType":"{{{mediaType}}}","digest":"{{{Digest}}}","repository":"{{{repository}}}"{{{(tag is null ? "" : $",\"tag\":\"{tag}\"")}}},
                   "url":"http://{{{host}}}/v2/{{{repository}}}/manifests/{{{Digest}}}"},
         "request":{"id":"r1","host":"{{{host}}}","method":"PUT"} }
        """;

    [FixtureFact]
    public void Parse_reads_every_captured_registry_notification_as_a_relevant_pinned_push()
    {
        foreach (var file in SharedFixtures.PushNotifications())
        {
            var body = File.ReadAllBytes(file);
            using var raw = JsonDocument.Parse(body);
            var expected = raw.RootElement.GetProperty("events")[0];
            var target = expected.GetProperty("target");

            var result = RegistryNotificationParser.Parse(body);

            Assert.True(result.IsSuccess, $"{Path.GetFileName(file)}: {result.Error}");
            var e = Assert.Single(result.Events);
            Assert.True(e.IsRelevant, $"{Path.GetFileName(file)}: {e} should be relevant");
            Assert.Equal(expected.GetProperty("id").GetString(), e.Id);
            var host = expected.GetProperty("request").GetProperty("host").GetString();
            Assert.Equal($"{host}/{target.GetProperty("repository").GetString()}:{target.GetProperty("tag").GetString()}@{target.GetProperty("digest").GetString()}",
                e.Image!.ToString());
        }
    }

    [Fact]
    public void Parse_builds_the_pull_reference_from_request_host_repository_tag_and_digest()
    {
        var result = Parse(Envelope(Event()));

        var e = Assert.Single(result.Events);
        Assert.Equal($"registry.local:5000/team/app:1.0.1@{Digest}", e.Image!.ToString());
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 23, 56, 25, TimeSpan.Zero), e.Timestamp!.Value.AddTicks(-(e.Timestamp.Value.Ticks % TimeSpan.TicksPerSecond)));
        Assert.Equal(RegistryEventSource.Distribution, e.Source);
    }

    [Theory]
    [InlineData("application/vnd.docker.distribution.manifest.v2+json")]
    [InlineData("application/vnd.docker.distribution.manifest.list.v2+json")]
    [InlineData("application/vnd.oci.image.manifest.v1+json")]
    [InlineData("application/vnd.oci.image.index.v1+json")]
    public void Parse_counts_a_tagged_push_of_any_manifest_media_type_as_relevant(string mediaType)
    {
        var e = Assert.Single(Parse(Envelope(Event(mediaType: mediaType))).Events);

        Assert.True(e.IsRelevant, mediaType);
    }

    [Fact]
    public void Parse_reads_but_does_not_count_pulls_blob_pushes_and_untagged_pushes()
    {
        var result = Parse(Envelope(
            Event(id: "pull", action: "pull"),
            Event(id: "blob", mediaType: "application/vnd.docker.image.rootfs.diff.tar.gzip", tag: null),
            Event(id: "untagged", tag: null),
            Event(id: "delete", action: "delete")));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(["pull", "blob", "untagged", "delete"], result.Events.Select(e => e.Id));
        Assert.All(result.Events, e => Assert.False(e.IsRelevant, $"{e.Id} should not be relevant"));
    }

    [Fact]
    public void Parse_takes_the_host_from_the_target_url_when_the_request_names_none()
    {
        var json = $$$"""{"events":[{"id":"x","action":"push","target":{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"{{{Digest}}}","repository":"app","tag":"2.0.0","url":"http://10.0.0.5:5000/v2/app/manifests/{{{Digest}}}"}}]}""";

        var e = Assert.Single(Parse(json).Events);

        Assert.Equal($"10.0.0.5:5000/app:2.0.0@{Digest}", e.Image!.ToString());
    }

    [Fact]
    public void Parse_reads_a_Docker_Hub_webhook_as_a_push_with_an_id_from_repository_tag_and_time()
    {
        const string json = """
            {"callback_url":"https://registry.hub.docker.com/u/team/app/hook/x/","push_data":{"pushed_at":1763769600,"pusher":"ci","tag":"1.2.0"},
             "repository":{"repo_name":"team/app","name":"app","namespace":"team","status":"Active"}}
            """;

        var result = Parse(json);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var e = Assert.Single(result.Events);
        Assert.Equal(RegistryEventSource.DockerHub, e.Source);
        Assert.True(e.IsRelevant);
        Assert.Equal("team/app:1.2.0", e.Image!.ToString());
        Assert.Equal("dockerhub:team/app:1.2.0:1763769600", e.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1763769600), e.Timestamp);
    }

    [Fact]
    public void Parse_of_an_empty_events_array_gives_no_events()
    {
        var result = Parse("""{"events":[]}""");

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Events);
    }

    [Theory]
    [InlineData("", "$", "empty")]
    [InlineData("{\"events\":[{\"id\":\"a\",", "$", "line 1")]
    [InlineData("[1,2]", "$", "must be a JSON object, not an array")]
    [InlineData("{\"foo\":1}", "$", "neither \"events\"")]
    [InlineData("{\"events\":{}}", "$.events", "must be an array")]
    [InlineData("{\"events\":[1]}", "$.events[0]", "must be an object")]
    [InlineData("{\"events\":[{\"action\":\"push\",\"target\":{\"repository\":\"a\"}}]}", "$.events[0].id", "is missing")]
    [InlineData("{\"events\":[{\"id\":\"a\",\"action\":\"push\"}]}", "$.events[0].target", "is missing")]
    [InlineData("{\"events\":[{\"id\":\"a\",\"action\":\"push\",\"target\":{\"tag\":\"1\"}}]}", "$.events[0].target.repository", "is missing")]
    [InlineData("{\"events\":[{\"id\":\"a\",\"action\":\"push\",\"target\":{\"repository\":\"a\",\"tag\":5}}]}", "$.events[0].target.tag", "must be a string, not a number")]
    [InlineData("{\"events\":[{\"id\":\"a\",\"action\":\"push\",\"timestamp\":\"yesterday\",\"target\":{\"repository\":\"a\"}}]}", "$.events[0].timestamp", "not an RFC 3339")]
    [InlineData("{\"events\":[{\"id\":\"a\",\"action\":\"push\",\"target\":{\"repository\":\"Bad Name\",\"tag\":\"1\",\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\"},\"request\":{\"host\":\"h:1\"}}]}", "$.events[0].target", "does not name a valid image")]
    [InlineData("{\"push_data\":{\"tag\":\"1\"}}", "$.repository", "is missing")]
    [InlineData("{\"push_data\":{\"tag\":\"1\",\"pushed_at\":\"now\"},\"repository\":{\"repo_name\":\"a/b\"}}", "$.push_data.pushed_at", "whole seconds")]
    public void Parse_of_a_malformed_body_names_the_path_and_what_is_wrong(string json, string path, string problem)
    {
        var result = Parse(json);

        Assert.False(result.IsSuccess, $"'{json}' should not parse");
        Assert.Empty(result.Events);
        Assert.Equal(path, result.Error!.Path);
        Assert.Contains(problem, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_of_invalid_JSON_reports_line_and_column()
    {
        var result = Parse("{\n  \"events\": [\n    {\"id\": oops}\n  ]\n}");

        Assert.Equal(3, result.Error!.Line);
        Assert.NotNull(result.Error.Column);
        Assert.Contains("line 3", result.Error.Message, StringComparison.Ordinal);
    }
}
