using Maiev.Actors.Specs;
using Maiev.Actors.Versions;

namespace Maiev.Actors.Tests.Specs;

public sealed class ServiceSpecReaderTests
{
    /// <summary>A maiev scale.json as maiev's producer sample wrote it (hand copied, no Maiev additions).</summary>
    private const string MaievScaleJson = """
        {
          "dependencies": {"provide": [], "require": []},
          "max": 9,
          "min": 0,
          "scale": {
            "resources": [{"identifier": "rpc-producer", "monitorer": "monitorer_rabbitmq", "name": "rmq"}],
            "rules": [
              {"expression": "rmq:waiting == 0 or rmq:latency < 0.200", "name": "latency_ok"},
              {"expression": "rmq:latency > 5", "name": "latency_fail"},
              {"expression": "rmq:latency > 10 or (rules:latency_fail and rules:latency_fail:since > \"25s\")", "name": "panic"},
              {"expression": "rules:latency_ok and rules:latency_ok:since > \"30s\"", "name": "stable_latency"}
            ],
            "scale_down": "rules:stable_latency and rmq:consumers > 0",
            "scale_up": "rules:panic or (rmq:consumers == 0 and rmq:waiting > 0) or not rmq:exists"
          }
        }
        """;

    [Fact]
    public void A_maiev_scale_json_is_accepted_unchanged()
    {
        var result = ServiceSpecReader.Read(MaievScaleJson);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var spec = result.Spec!;
        Assert.Equal((0, 9), (spec.Min, spec.Max));
        Assert.Equal(ScaleMode.Step, spec.Scale!.Mode);
        Assert.Equal(new ResourceSpec("rmq", "monitorer_rabbitmq", "rpc-producer", "/"), Assert.Single(spec.Scale.Resources));
        Assert.Equal(["latency_ok", "latency_fail", "panic", "stable_latency"], spec.Scale.Rules.Select(r => r.Name).ToArray());
        Assert.StartsWith("rules:panic", spec.Scale.ScaleUp, StringComparison.Ordinal);
        Assert.False(spec.Paused);
        Assert.Equal(VersionPolicyKind.None, spec.Upgrade.Policy.Kind);
        Assert.True(spec.Scale.CompileRules().Succeeded);
    }

    [Fact]
    public void Maiev_additions_are_read()
    {
        const string json = """
            {
              "min": 1, "max": 20, "paused": true,
              "dependencies": {"require": ["producer:rpc:echo"], "provide": {"consumer:rpc:echo": 2}},
              "scale": {
                "resources": [{"name": "jobs", "identifier": "jobs-queue", "vhost": "prod"}],
                "mode": "target",
                "target": {"resource": "jobs", "drain_seconds": 2, "tolerance": 0.2},
                "cooldown": {"up": "30s", "down": "2 minutes"},
                "stabilization_window": "5m",
                "repeat_delay": 15,
                "step_limits": {"up": {"replicas": 4, "percent": 100, "period": "1m"}, "down": {"replicas": 1, "period": "30s"}},
                "scale_to_zero": {"activation": "jobs:waiting > 0"}
              },
              "upgrade": {"policy": "glob:web-1.*", "prereleases": true}
            }
            """;

        var result = ServiceSpecReader.Read(json);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var spec = result.Spec!;
        var scale = spec.Scale!;
        Assert.True(spec.Paused);
        Assert.Equal("prod", scale.Resources[0].Vhost);
        Assert.Equal(new TargetTrackingSpec("jobs", TargetKind.DrainSeconds, 2, 0.2), scale.Target);
        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2)), (scale.ScaleUpCooldown, scale.ScaleDownCooldown));
        Assert.Equal(TimeSpan.FromMinutes(5), scale.StabilizationWindow);
        Assert.Equal(TimeSpan.FromSeconds(15), scale.RepeatDelay);
        Assert.Equal(new StepLimitSpec(4, 100, TimeSpan.FromMinutes(1)), scale.UpLimit);
        Assert.Equal(new StepLimitSpec(1, null, TimeSpan.FromSeconds(30)), scale.DownLimit);
        Assert.Equal("jobs:waiting > 0", scale.ScaleToZero!.Activation);
        Assert.Equal(new VersionPolicy(VersionPolicyKind.Glob, "web-1.*", true), spec.Upgrade.Policy);
        Assert.Equal(2, spec.Dependencies.Provide["consumer:rpc:echo"]);
        Assert.Equal(["producer:rpc:echo"], spec.Dependencies.Require.ToArray());
    }

    [Fact]
    public void Scale_to_zero_defaults_its_activation_to_waiting_without_consumers()
    {
        var result = ServiceSpecReader.Read("""{"min": 0, "max": 3, "scale": {"resources": [{"name": "q", "identifier": "q1"}], "scale_to_zero": {}}}""");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("q:waiting > 0 and q:consumers == 0", result.Spec!.Scale!.ScaleToZero!.Activation);
    }

    [Fact]
    public void Every_error_is_reported_at_once_with_its_path_and_expression_position()
    {
        const string json = """
            {
              "min": 5, "max": 2, "paused": "yes", "colour": "blue",
              "scale": {
                "resources": [{"name": "rmq", "identifier": "q"}, {"name": "rmq"}],
                "rules": [
                  {"name": "ok", "expression": "rmq:waiting > 0"},
                  {"name": "bad", "expression": "rmq:waiting >\n  and 1"},
                  {"name": "ok", "expression": "rmq:nope == 1"}
                ],
                "scale_up": "rules:missing",
                "mode": "sideways",
                "cooldown": {"up": "soon"},
                "step_limits": {"up": {"replicas": 0}}
              },
              "upgrade": {"policy": "sometimes"}
            }
            """;

        var result = ServiceSpecReader.Read(json);

        Assert.False(result.Succeeded);
        Assert.Null(result.Spec);
        var byPath = result.Errors.ToDictionary(e => e.Path, e => e);
        Assert.Equal(
            new[]
            {
                "$.colour", "$.max", "$.paused", "$.scale.resources[1].identifier", "$.scale.resources[1].name", "$.scale.mode",
                "$.scale.cooldown.up", "$.scale.step_limits.up.replicas", "$.scale.step_limits.up", "$.scale.step_limits.up.period",
                "$.scale.rules[2].name", "$.scale.rules[1].expression", "$.scale.rules[2].expression", "$.scale.scale_up", "$.upgrade.policy",
            }.Order(StringComparer.Ordinal),
            byPath.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((2, 3), (byPath["$.scale.rules[1].expression"].Line, byPath["$.scale.rules[1].expression"].Column));
        Assert.Contains("unknown metric 'nope'", byPath["$.scale.rules[2].expression"].Message, StringComparison.Ordinal);
        Assert.Contains("unknown rule 'missing'", byPath["$.scale.scale_up"].Message, StringComparison.Ordinal);
        Assert.Contains("at least min (5)", byPath["$.max"].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_refused_with_its_line_and_column()
    {
        var result = ServiceSpecReader.Read("{\n  \"min\": 1,\n  \"max\": ,\n}");

        var error = Assert.Single(result.Errors);
        Assert.Equal("$", error.Path);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"scale": {"resources": [{"name": "q", "identifier": "q"}], "mode": "target"}}""", "$.scale.target", "is required")]
    [InlineData("""{"scale": {"resources": [{"name": "q", "identifier": "q"}], "target": {"drain_seconds": 1, "waiting_per_replica": 5}}}""", "$.scale.target", "exactly one")]
    [InlineData("""{"scale": {"resources": [{"name": "q", "identifier": "q"}], "target": {"resource": "p", "waiting_per_replica": 5}}}""", "$.scale.target.resource", "unknown resource 'p'")]
    [InlineData("""{"scale": {"resources": [{"name": "q", "identifier": "q"}], "target": {"waiting_per_replica": 0}}}""", "$.scale.target.waiting_per_replica", "greater than 0")]
    [InlineData("""{"scale": {"resources": [{"name": "rules", "identifier": "q"}]}}""", "$.scale.resources[0].name", "not be 'rules'")]
    [InlineData("""{"scale": {"resources": [{"name": "q", "identifier": "q"}], "scale_to_zero": {"activation": "q:waiting >"}}}""", "$.scale.scale_to_zero.activation", "value was expected")]
    [InlineData("""[1, 2]""", "$", "must be an object")]
    [InlineData("""{"min": -1}""", "$.min", "at least 0")]
    [InlineData("""{"dependencies": {"provide": {"x": "one"}}}""", "$.dependencies.provide.x", "whole number")]
    public void Invalid_specs_name_the_path(string json, string path, string fragment)
    {
        var result = ServiceSpecReader.Read(json);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Path == path && e.Message.Contains(fragment, StringComparison.Ordinal));
    }
}
