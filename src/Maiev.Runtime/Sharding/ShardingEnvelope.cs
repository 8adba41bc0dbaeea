namespace Maiev.Runtime.Sharding;

/// <summary>A message for one entity, when the message itself does not carry the entity id.</summary>
/// <param name="EntityId">The entity.</param>
/// <param name="Message">What the entity receives.</param>
public sealed record ShardingEnvelope(string EntityId, object Message);
