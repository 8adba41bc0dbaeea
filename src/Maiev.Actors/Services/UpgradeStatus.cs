using Maiev.Actors.Versions;

namespace Maiev.Actors.Services;

/// <summary>The upgrade in flight: its target, the last state its actor reported, when it started, and a queued newer push.</summary>
internal sealed record UpgradeStatus(ImageReference Target, string State, DateTimeOffset StartedAt, ImageReference? Queued);
