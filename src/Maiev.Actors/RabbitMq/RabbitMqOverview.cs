namespace Maiev.Actors.RabbitMq;

/// <summary>What <c>GET /api/overview</c> says about the broker (each field optional).</summary>
/// <param name="ManagementVersion"><c>management_version</c>.</param>
/// <param name="RabbitMqVersion"><c>rabbitmq_version</c>.</param>
/// <param name="ClusterName"><c>cluster_name</c>.</param>
/// <param name="Node"><c>node</c>.</param>
internal sealed record RabbitMqOverview(string? ManagementVersion, string? RabbitMqVersion, string? ClusterName, string? Node);
