using Maiev.Runtime.Actors;

namespace Maiev.Actors.Upgrades;

/// <summary>What <see cref="UpgradeActors.Start"/> started: <c>/ingress</c> (its backoff supervisor) and <c>/registry-poller</c>.</summary>
/// <param name="Ingress">Send <see cref="RegistryNotificationReceived"/> here (forwarded to the ingress with the sender).</param>
/// <param name="Poller">The registry poller, or null when no registry client was configured.</param>
internal sealed record UpgradeActorsStarted(IActorRef Ingress, IActorRef? Poller);
