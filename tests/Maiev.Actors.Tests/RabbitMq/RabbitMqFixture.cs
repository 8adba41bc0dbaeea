using Maiev.Actors.RabbitMq;
using Maiev.TestKit.Servers;
using RabbitMQ.Client;

namespace Maiev.Actors.Tests.RabbitMq;

/// <summary>Connections and clients for the shared test broker.</summary>
internal static class RabbitMqFixture
{
    public static RabbitMqManagementOptions Options(Uri? through = null, string? password = null) =>
        new(new Uri(through ?? TestServers.RabbitMqApi, "api/"), TestServers.RabbitMqUser, password ?? TestServers.RabbitMqPassword)
        {
            RequestTimeout = TimeSpan.FromSeconds(10),
        };

    public static RabbitMqManagementClient Client(Uri? through = null, string? password = null, HttpMessageHandler? handler = null) =>
        new(Options(through, password), handler: handler);

    public static Task<IConnection> ConnectAsync(string? vhost = null)
    {
        var factory = new ConnectionFactory { Uri = TestServers.RabbitMqAmqp, AutomaticRecoveryEnabled = true };
        if (vhost is not null)
        {
            factory.VirtualHost = vhost;
        }

        return factory.CreateConnectionAsync();
    }
}
