using Maiev.Actors.Specs;

namespace Maiev.Actors.Services;

/// <summary>Replaces the spec of a monitored service. Replies <see cref="CommandAccepted"/> or <see cref="CommandRejected"/>.</summary>
internal sealed record UpdateServiceSpec(string ServiceName, ServiceSpec Spec) : IServiceCommand;
