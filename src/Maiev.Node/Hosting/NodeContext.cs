using Maiev.Node.Api;
using Maiev.Node.Dependencies;
using Maiev.Node.Metrics;
using Maiev.Node.Streaming;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Configuration;
using Maiev.Runtime.Persistence;

namespace Maiev.Node.Hosting;

/// <summary>Everything the endpoints need, built once by <see cref="MaievNode"/>.</summary>
internal sealed record NodeContext(
    NodeSettings Settings,
    Config Config,
    IReadOnlyList<string> Origins,
    ActorSystem System,
    NodeActors Actors,
    IJournal Journal,
    DependencyMonitor Dependencies,
    StreamHub Stream,
    NodeMetrics Metrics,
    ActorGateway Gateway,
    Maiev.Actors.Docker.DockerClient Docker,
    DateTimeOffset StartedAt,
    TimeProvider Time);
