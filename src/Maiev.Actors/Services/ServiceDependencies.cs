using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;

namespace Maiev.Actors.Services;

/// <summary>What every ServiceActor shares: persistence, settings, child factories, the clock and the directory.</summary>
internal sealed record ServiceDependencies(
    IJournal Journal,
    ISnapshotStore Snapshots,
    EventTypeRegistry Events,
    ServiceActorSettings Settings,
    ServiceChildren Children,
    TimeProvider Time,
    IActorRef? Directory);
