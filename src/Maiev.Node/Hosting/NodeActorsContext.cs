using Maiev.Actors.Docker;
using Maiev.Actors.Registry;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;

namespace Maiev.Node.Hosting;

/// <summary>What a <see cref="NodeStartOptions.Actors"/> factory gets to start the node's actors with.</summary>
internal sealed record NodeActorsContext(
    ActorSystem System,
    NodeSettings Settings,
    IJournal Journal,
    ISnapshotStore Snapshots,
    EventTypeRegistry Events,
    DockerClient Docker,
    RegistryClient? Registry,
    TimeProvider Time);
