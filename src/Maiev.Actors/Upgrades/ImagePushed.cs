using Maiev.Actors.Versions;

namespace Maiev.Actors.Upgrades;

/// <summary>
/// An image was pushed (webhook) or discovered (poll): published on the EventStream. <paramref name="Image"/> is full:
/// <c>host/repository:tag@sha256:…</c>. <paramref name="Source"/> is "webhook" or "poll".
/// </summary>
internal sealed record ImagePushed(ImageReference Image, string EventId, DateTimeOffset At, string Source);
