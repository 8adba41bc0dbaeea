using System.Collections;
using Maiev.Runtime.Configuration;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>The node's loader: environment overrides over the file over the embedded defaults.</summary>
public sealed class MaievConfigTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("maiev-load-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "node.conf");
        File.WriteAllText(path, text);
        return path;
    }

    private static readonly System.Reflection.Assembly[] Runtime = [typeof(Config).Assembly];

    [Fact]
    public void Environment_overrides_the_file_which_overrides_the_defaults()
    {
        var file = Write("maiev.runtime { throughput = 10, ask-timeout = 1s }\nmaiev.cluster.shards = 8");
        var env = new Hashtable { ["MAIEV__RUNTIME__THROUGHPUT"] = "99", ["UNRELATED"] = "x" };

        var config = MaievConfig.Load(file, env, Runtime);

        Assert.Equal(99, config.GetInt("maiev.runtime.throughput"));
        Assert.Equal(TimeSpan.FromSeconds(1), config.GetDuration("maiev.runtime.ask-timeout"));
        Assert.Equal(8, config.GetInt("maiev.cluster.shards"));
        Assert.Equal(TimeSpan.FromSeconds(30), config.GetDuration("maiev.runtime.shutdown-timeout"));
        Assert.Equal("env MAIEV__RUNTIME__THROUGHPUT", config.GetValue("maiev.runtime.throughput").Origin.Description);
    }

    [Fact]
    public void File_substitutions_see_overrides_and_fall_back_to_environment_variables()
    {
        var file = Write("maiev.cluster.mode = ${?CLUSTER_MODE}\nname = \"shards-\"${maiev.cluster.shards}");
        var env = new Dictionary<string, string> { ["CLUSTER_MODE"] = "cluster", ["MAIEV__CLUSTER__SHARDS"] = "16" };

        var config = MaievConfig.Load(file, env, Runtime);

        Assert.Equal("cluster", config.GetString("maiev.cluster.mode"));
        Assert.Equal("shards-16", config.GetString("name"));
    }

    [Theory]
    [InlineData("MAIEV__HTTP__PORT", "maiev.http.port")]
    [InlineData("maiev__rabbitmq__amqp_uri", "maiev.rabbitmq.amqp-uri")]
    [InlineData("MAIEV__PERSISTENCE__POSTGRES__CONNECTION_STRING", "maiev.persistence.postgres.connection-string")]
    [InlineData("MAIEV_HTTP_PORT", null)]
    [InlineData("MAIEV____X", null)]
    [InlineData("PATH", null)]
    public void Environment_variable_names_map_to_paths(string variable, string? path)
    {
        Assert.Equal(path, EnvironmentOverrides.PathOf(variable));
    }

    [Fact]
    public void A_missing_explicit_file_is_an_error_naming_it()
    {
        var missing = Path.Combine(_dir, "nope.conf");

        var e = Assert.Throws<ConfigParseException>(() => MaievConfig.Load(missing, new Hashtable(), Runtime));

        Assert.Contains("nope.conf", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Printing_masks_tokens_passwords_connection_strings_and_uri_passwords()
    {
        var config = MaievConfig.Load(Write("""
            maiev.http.token = s3cret-token
            maiev.rabbitmq { password = hunter2, amqp-uri = "amqp://maiev:pa55@rabbit:5672/", user = maiev }
            maiev.persistence.postgres.connection-string = "Host=db;Password=pgpass"
            maiev.registry.webhook-token = ""
            """), new Hashtable(), Runtime);

        foreach (var text in new[] { config.ToHocon(), config.ToJson() })
        {
            Assert.DoesNotContain("s3cret-token", text, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
            Assert.DoesNotContain("pa55", text, StringComparison.Ordinal);
            Assert.DoesNotContain("pgpass", text, StringComparison.Ordinal);
            Assert.Contains("amqp://maiev:********@rabbit:5672/", text, StringComparison.Ordinal);
            Assert.Contains("maiev", text, StringComparison.Ordinal);
        }

        Assert.Contains("pa55", config.ToJson(maskSecrets: false), StringComparison.Ordinal);
    }
}
