using Maiev.Actors.Versions;

namespace Maiev.Actors.Hosting;

/// <summary>
/// What a ServiceActor needs to start its <c>upgrade</c> child: the service, the digest-pinned target, and whether to
/// only follow an update already issued before a restart (<paramref name="Resume"/>).
/// </summary>
internal sealed record UpgradeChildRequest(string ServiceName, ImageReference Target, bool Resume);
