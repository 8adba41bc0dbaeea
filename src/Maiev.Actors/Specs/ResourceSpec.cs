namespace Maiev.Actors.Specs;

/// <summary>A queue the rules read as <c>{Name}:{metric}</c> (maiev's <c>scale.resources[]</c> item).</summary>
/// <param name="Name">The name rules use (<c>rmq</c> in <c>rmq:latency</c>).</param>
/// <param name="Monitorer">maiev's monitorer name (<c>monitorer_rabbitmq</c>); kept for compatibility.</param>
/// <param name="Identifier">The queue name.</param>
/// <param name="Vhost">The RabbitMQ virtual host (Maiev addition; default <c>/</c>).</param>
internal sealed record ResourceSpec(string Name, string Monitorer, string Identifier, string Vhost = "/");
