namespace Maiev.Actors.Upgrades;

/// <summary>
/// Ask of the <see cref="HttpIngressActor"/> with the events of one webhook body (from
/// <see cref="RegistryNotificationParser"/>); answered with <see cref="IngressSummary"/> once the new event ids are
/// stored.
/// </summary>
internal sealed record RegistryNotificationReceived(IReadOnlyList<RegistryEvent> Events);
