namespace Maiev.Actors.RabbitMq;

/// <summary>A queue by vhost and name (ordinal, case-sensitive, as RabbitMQ compares them).</summary>
/// <param name="Vhost">The vhost (<c>/</c> by default in RabbitMQ).</param>
/// <param name="Name">The queue name.</param>
internal sealed record QueueRef(string Vhost, string Name)
{
    /// <summary>Prints <c>vhost/name</c>.</summary>
    public override string ToString() => $"{Vhost}/{Name}";
}
