namespace Maiev.TestKit.Servers;

/// <summary>
/// Where the real servers are, read from the <c>MAIEV_TEST_*</c> variables that
/// <c>scripts/services.sh env</c> prints. A missing server makes a test skip on a laptop and
/// fail when <c>CI=true</c> (see <see cref="ServerFactAttribute"/>).
/// </summary>
public static class TestServers
{
    /// <summary>True when running in CI, where every server must be present.</summary>
    public static bool InCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The AMQP URI, e.g. <c>amqp://guest:guest@127.0.0.1:5682/</c>.</summary>
    public static Uri RabbitMqAmqp => new(Require("MAIEV_TEST_RABBITMQ_AMQP", Server.RabbitMq));

    /// <summary>The management API base address, e.g. <c>http://127.0.0.1:15682/</c>.</summary>
    public static Uri RabbitMqApi => new(Require("MAIEV_TEST_RABBITMQ_API", Server.RabbitMq));

    /// <summary>The management API user.</summary>
    public static string RabbitMqUser => Environment.GetEnvironmentVariable("MAIEV_TEST_RABBITMQ_USER") ?? "guest";

    /// <summary>The management API password.</summary>
    public static string RabbitMqPassword => Environment.GetEnvironmentVariable("MAIEV_TEST_RABBITMQ_PASSWORD") ?? "guest";

    /// <summary>An Npgsql connection string for the <c>maiev</c> database.</summary>
    public static string Postgres => Require("MAIEV_TEST_PG", Server.Postgres);

    /// <summary>The Docker Engine endpoint, e.g. <c>unix:///…/docker.sock</c>.</summary>
    public static string DockerHost => Require("DOCKER_HOST", Server.Docker);

    /// <summary>The local base image tests may run (busybox).</summary>
    public static string DockerImage =>
        Environment.GetEnvironmentVariable("MAIEV_TEST_DOCKER_IMAGE") ?? "maiev-test/busybox:latest";

    /// <summary>The registry's <c>host:port</c>.</summary>
    public static string Registry => Require("MAIEV_TEST_REGISTRY", Server.Registry);

    /// <summary>The URL the registry posts its notifications to.</summary>
    public static Uri RegistryNotifyUrl => new(Require("MAIEV_TEST_REGISTRY_NOTIFY_URL", Server.Registry));

    /// <summary>The bearer token the registry sends with its notifications.</summary>
    public static string RegistryNotifyToken => Require("MAIEV_TEST_REGISTRY_NOTIFY_TOKEN", Server.Registry);

    /// <summary>Whether every server in <paramref name="servers"/> is configured.</summary>
    public static bool Has(Server servers) => Missing(servers) is null;

    /// <summary>The first environment variable that is missing for <paramref name="servers"/>, or null.</summary>
    public static string? Missing(Server servers)
    {
        foreach (var (server, variable) in Variables)
        {
            if (servers.HasFlag(server) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
            {
                return variable;
            }
        }

        return null;
    }

    private static readonly (Server Server, string Variable)[] Variables =
    [
        (Server.RabbitMq, "MAIEV_TEST_RABBITMQ_API"),
        (Server.RabbitMq, "MAIEV_TEST_RABBITMQ_AMQP"),
        (Server.Postgres, "MAIEV_TEST_PG"),
        (Server.Docker, "DOCKER_HOST"),
        (Server.Registry, "MAIEV_TEST_REGISTRY"),
    ];

    private static string Require(string variable, Server server) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{server} is required but {variable} is not set. Start the servers with " +
                "`scripts/services.sh start` and `eval \"$(scripts/services.sh env)\"`, or run `scripts/test.sh`.");
}
