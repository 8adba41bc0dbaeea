using Maiev.Actors.Specs;

namespace Maiev.Actors.Services;

/// <summary>
/// Starts monitoring a service with a validated spec. Replies <see cref="CommandAccepted"/> (Created = true when the
/// service was not monitored before) or <see cref="CommandRejected"/>; an invalid spec stores nothing.
/// </summary>
internal sealed record MonitorService(string ServiceName, ServiceSpec Spec) : IServiceCommand;
