namespace Maiev.TestKit.Servers;

/// <summary>A real server a test needs; <c>scripts/services.sh</c> starts each of them.</summary>
[Flags]
public enum Server
{
    /// <summary>RabbitMQ with the management API.</summary>
    RabbitMq = 1,

    /// <summary>PostgreSQL with the <c>maiev</c> role and database.</summary>
    Postgres = 2,

    /// <summary>dockerd in Swarm mode with the local base image.</summary>
    Docker = 4,

    /// <summary>The Docker registry with push notifications.</summary>
    Registry = 8,
}
