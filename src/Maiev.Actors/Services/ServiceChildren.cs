using Maiev.Actors.Hosting;
using Maiev.Actors.Specs;
using Maiev.Runtime.Actors;

namespace Maiev.Actors.Services;

/// <summary>
/// Builds a ServiceActor's children, so tests can substitute fakes. <paramref name="Probe"/> gets the service name and
/// one resource; <paramref name="Scaler"/> the service name; <paramref name="Upgrade"/> (null disables upgrades) the request.
/// </summary>
internal sealed record ServiceChildren(
    Func<string, ResourceSpec, Props> Probe,
    Func<string, Props> Scaler,
    Func<UpgradeChildRequest, Props>? Upgrade);
