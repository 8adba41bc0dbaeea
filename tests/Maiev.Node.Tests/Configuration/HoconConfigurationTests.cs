using System.Collections;
using Maiev.Node.Configuration;
using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;
using Microsoft.Extensions.Configuration;

namespace Maiev.Node.Tests.Configuration;

/// <summary>The IConfiguration bridge and the loader with every Maiev assembly present.</summary>
public sealed class HoconConfigurationTests
{
    private sealed class HttpOptions
    {
        public string Host { get; set; } = "";

        public int Port { get; set; }
    }

    private sealed class RuntimeOptions
    {
        public int Throughput { get; set; }

        public TimeSpan AskTimeout { get; set; }

        public List<string> Tags { get; set; } = [];
    }

    [Fact]
    public void Options_bind_from_hocon_with_hyphenated_keys_and_durations()
    {
        var config = HoconParser.Parse("maiev.http { host = 0.0.0.0, port = 9000 }\nmaiev.runtime { throughput = 7, ask-timeout = 2 minutes, tags = [a, b] }").Resolve();

        var configuration = new ConfigurationBuilder().AddHocon(config).Build();
        var http = configuration.GetSection("maiev:http").Get<HttpOptions>()!;
        var runtime = configuration.GetSection("maiev:runtime").Get<RuntimeOptions>()!;

        Assert.Equal("0.0.0.0", http.Host);
        Assert.Equal(9000, http.Port);
        Assert.Equal(7, runtime.Throughput);
        Assert.Equal(TimeSpan.FromMinutes(2), runtime.AskTimeout);
        Assert.Equal(["a", "b"], runtime.Tags);
        Assert.Equal("9000", configuration["maiev:http:port"]);
    }

    [Fact]
    public void Unresolved_config_is_refused_by_the_bridge()
    {
        var config = HoconParser.Parse("a = ${b}\nb = 1");

        Assert.Throws<ConfigResolveException>(() => new ConfigurationBuilder().AddHocon(config));
    }

    [Fact]
    public void Loader_finds_the_reference_conf_of_runtime_actors_and_node()
    {
        var env = new Hashtable { ["MAIEV__HTTP__PORT"] = "6000" };
        var file = Path.Combine(AppContext.BaseDirectory, "hocon", "embedded.conf");

        var config = MaievConfig.Load(file, env);

        Assert.Equal(6000, config.GetInt("maiev.http.port"));                         // environment
        Assert.Equal("sqlite", config.GetString("maiev.persistence.journal"));         // embedded.conf and Node
        Assert.Equal(100, config.GetInt("maiev.persistence.snapshot-every"));          // Runtime
        Assert.Equal(TimeSpan.FromSeconds(2), config.GetDuration("maiev.rabbitmq.poll-interval")); // Actors
        Assert.Equal("", config.GetString("maiev.http.token"));                        // ${?MAIEV_HTTP_TOKEN} unset keeps the default
    }

    [Fact]
    public void Cluster_file_takes_secrets_from_the_environment()
    {
        var env = new Hashtable { ["MAIEV_POSTGRES_CONNECTION_STRING"] = "Host=pg;Password=p", ["MAIEV_RABBITMQ_AMQP_URI"] = "amqp://u:p@mq:5672/" };
        var file = Path.Combine(AppContext.BaseDirectory, "hocon", "maiev.conf");

        var config = MaievConfig.Load(file, env);

        Assert.Equal("postgres", config.GetString("maiev.persistence.journal"));
        Assert.Equal("Host=pg;Password=p", config.GetString("maiev.persistence.postgres.connection-string"));
        Assert.Equal("amqp://u:p@mq:5672/", config.GetString("maiev.rabbitmq.amqp-uri"));
        Assert.Equal("cluster", config.GetString("maiev.cluster.mode"));
        Assert.DoesNotContain("Password=p", config.ToHocon(), StringComparison.Ordinal);
    }
}
