using Maiev.Actors.Versions;

namespace Maiev.Actors.Upgrades;

/// <summary>Published on the EventStream by a ServiceActor when it learns (or changes) the image its service runs.</summary>
internal sealed record ServiceImageKnown(string ServiceName, ImageReference Image);
