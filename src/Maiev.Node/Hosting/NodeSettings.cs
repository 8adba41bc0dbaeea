using System.Net;
using Maiev.Actors.RabbitMq;
using Maiev.Runtime.Configuration;
using Maiev.Runtime.Persistence;

namespace Maiev.Node.Hosting;

/// <summary>
/// What the node reads from its HOCON configuration (see docs/operations.md): where it listens, the admin token,
/// the journal, RabbitMQ, Docker, the registry and the timeouts. Built by <see cref="FromConfig"/>, which names the
/// offending key of every bad value.
/// </summary>
internal sealed record NodeSettings
{
    /// <summary>The node's id in <c>/cluster</c>.</summary>
    public required string NodeId { get; init; }

    /// <summary><c>embedded</c> or <c>cluster</c>.</summary>
    public required string Mode { get; init; }

    /// <summary>Interface the HTTP endpoints bind to (<c>maiev.http.host</c>).</summary>
    public required string Host { get; init; }

    /// <summary>TCP port; 0 picks a free one (tests).</summary>
    public required int Port { get; init; }

    /// <summary>Admin bearer token; null when none is required (<c>maiev.http.token</c>). Never printed.</summary>
    public string? Token { get; init; }

    /// <summary>Bearer token registry webhooks present (<c>maiev.registry.webhook-token</c>); null disables the endpoint.</summary>
    public string? WebhookToken { get; init; }

    /// <summary>Events kept for <c>Last-Event-ID</c> replay on <c>/api/v1/stream</c>.</summary>
    public int StreamBuffer { get; init; } = 1000;

    /// <summary>How long an endpoint waits for an actor's reply before answering 503.</summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a graceful shutdown may take before the node exits anyway.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often dependencies are checked.</summary>
    public TimeSpan DependencyCheckInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Number of shards.</summary>
    public int Shards { get; init; } = 64;

    /// <summary>Actor throughput per turn.</summary>
    public int Throughput { get; init; } = 30;

    /// <summary>The journal and snapshot store.</summary>
    public required PersistenceSettings Persistence { get; init; }

    /// <summary>Where the SQLite file lives (for the dependency detail), or null.</summary>
    public string? SqlitePath { get; init; }

    /// <summary>The RabbitMQ management API.</summary>
    public required RabbitMqManagementOptions RabbitMq { get; init; }

    /// <summary>How often queues are sampled.</summary>
    public TimeSpan RabbitMqPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The Docker Engine (<c>maiev.docker.host</c>, or <c>DOCKER_HOST</c>/<c>DOCKER_CERT_PATH</c> when set, like the docker CLI).</summary>
    public required Maiev.Actors.Docker.DockerEndpoint Docker { get; init; }

    /// <summary>The Docker Engine address.</summary>
    public Uri DockerHost => Docker.Host;

    /// <summary>The registry whose <c>/v2/</c> is checked (<c>maiev.registry.url</c>), or null (dependency disabled).</summary>
    public Uri? RegistryUrl { get; init; }

    /// <summary>How often registries are polled for tags.</summary>
    public TimeSpan RegistryPollInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>True when <see cref="Host"/> is a loopback address or <c>localhost</c>.</summary>
    public bool IsLoopbackOnly =>
        string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(Host, out var address) && IPAddress.IsLoopback(address));

    /// <summary>The URL Kestrel binds.</summary>
    public string BindUrl => $"http://{(Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host)}:{Port}";

    /// <summary>Reads the settings from a resolved configuration.</summary>
    /// <param name="config">The loaded configuration (<see cref="MaievConfig.Load"/>).</param>
    /// <param name="getVariable">The process environment (for <c>DOCKER_HOST</c>).</param>
    /// <exception cref="ConfigException">A value is missing or has the wrong type; the message names the key.</exception>
    /// <exception cref="ArgumentException">A value is out of range; the message names the key.</exception>
    public static NodeSettings FromConfig(Config config, Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(getVariable);
        var port = config.GetInt("maiev.http.port");
        if (port is < 0 or > 65535)
        {
            throw new ArgumentException($"maiev.http.port: {port} is not a TCP port (0-65535)");
        }

        var journal = config.GetString("maiev.persistence.journal");
        var snapshotEvery = config.GetInt("maiev.persistence.snapshot-every");
        string? sqlitePath = null;
        var persistence = journal switch
        {
            "sqlite" => new PersistenceSettings(JournalPlugin.Sqlite, $"Data Source={sqlitePath = Path.GetFullPath(config.GetString("maiev.persistence.sqlite.path"))}", SnapshotEvery: snapshotEvery),
            "postgres" => new PersistenceSettings(JournalPlugin.Postgres, config.GetString("maiev.persistence.postgres.connection-string"), SnapshotEvery: snapshotEvery),
            "memory" or "in-memory" => new PersistenceSettings(JournalPlugin.InMemory, null, SnapshotEvery: snapshotEvery),
            _ => throw new ArgumentException($"maiev.persistence.journal: '{journal}' is not one of sqlite, postgres, memory"),
        };
        if (persistence.Validate() is { Count: > 0 } errors)
        {
            throw new ArgumentException(string.Join("; ", errors));
        }

        return new NodeSettings
        {
            NodeId = Optional(config, "maiev.node.id") ?? "node-" + Convert.ToHexStringLower(BitConverter.GetBytes(Random.Shared.Next()))[..4],
            Mode = config.GetString("maiev.cluster.mode"),
            Host = config.GetString("maiev.http.host"),
            Port = port,
            Token = Optional(config, "maiev.http.token"),
            WebhookToken = Optional(config, "maiev.registry.webhook-token"),
            StreamBuffer = Positive(config.GetInt("maiev.http.stream-buffer"), "maiev.http.stream-buffer"),
            AskTimeout = config.GetDuration("maiev.runtime.ask-timeout"),
            ShutdownTimeout = config.GetDuration("maiev.runtime.shutdown-timeout"),
            DependencyCheckInterval = config.GetDuration("maiev.node.dependency-check-interval"),
            Shards = Positive(config.GetInt("maiev.cluster.shards"), "maiev.cluster.shards"),
            Throughput = Positive(config.GetInt("maiev.runtime.throughput"), "maiev.runtime.throughput"),
            Persistence = persistence,
            SqlitePath = sqlitePath,
            RabbitMq = RabbitMqFrom(config),
            RabbitMqPollInterval = config.GetDuration("maiev.rabbitmq.poll-interval"),
            Docker = DockerFrom(config, getVariable),
            RegistryUrl = Optional(config, "maiev.registry.url") is { } registry ? AbsoluteUri(registry, "maiev.registry.url") : null,
            RegistryPollInterval = config.GetDuration("maiev.registry.poll-interval"),
        };
    }

    private static RabbitMqManagementOptions RabbitMqFrom(Config config)
    {
        var management = AbsoluteUri(config.GetString("maiev.rabbitmq.management-uri"), "maiev.rabbitmq.management-uri");
        var api = new Uri(management.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/api/");
        return new RabbitMqManagementOptions(api, config.GetString("maiev.rabbitmq.user"), config.GetString("maiev.rabbitmq.password"), config.GetString("maiev.rabbitmq.vhost"));
    }

    private static Maiev.Actors.Docker.DockerEndpoint DockerFrom(Config config, Func<string, string?> getVariable)
    {
        try
        {
            return getVariable("DOCKER_HOST") is { Length: > 0 }
                ? Maiev.Actors.Docker.DockerEndpoint.FromEnvironment(getVariable)
                : new Maiev.Actors.Docker.DockerEndpoint(Maiev.Actors.Docker.DockerEndpoint.Parse(config.GetString("maiev.docker.host")));
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"maiev.docker.host (or DOCKER_HOST): {e.Message}", e);
        }
    }

    private static string? Optional(Config config, string path) =>
        config.HasPath(path) && config.GetValue(path) is ConfigScalar { ValueType: not ConfigValueType.Null } && config.GetString(path) is { Length: > 0 } value ? value : null;

    private static int Positive(int value, string key) =>
        value > 0 ? value : throw new ArgumentException($"{key}: {value} must be a positive number");

    private static Uri AbsoluteUri(string text, string key) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ArgumentException($"{key}: the value is not an absolute http(s) URI");
}
