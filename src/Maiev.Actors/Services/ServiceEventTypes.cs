using Maiev.Runtime.Persistence.Serialization;

namespace Maiev.Actors.Services;

/// <summary>The versioned manifests of the service and directory events and snapshots.</summary>
internal static class ServiceEventTypes
{
    /// <summary>
    /// Registers every service event, the directory events and the snapshot types in <paramref name="registry"/>.
    /// Idempotent: a registry that already knows them is left as is.
    /// </summary>
    public static EventTypeRegistry Register(EventTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (registry.IsRegistered(typeof(ServiceMonitored)))
        {
            return registry;
        }

        return registry
            .Register<ServiceMonitored>("service.monitored")
            .Register<SpecChanged>("service.spec-changed")
            .Register<ServiceUnmonitored>("service.unmonitored")
            .Register<ScalingPaused>("service.scaling-paused")
            .Register<ScalingResumed>("service.scaling-resumed")
            .Register<ScaleDecided>("service.scale-decided")
            .Register<ScaleApplied>("service.scale-applied")
            .Register<ScaleFailed>("service.scale-failed")
            .Register<NewVersionSeen>("service.new-version-seen")
            .Register<UpgradeStarted>("service.upgrade-started")
            .Register<UpgradeCompleted>("service.upgrade-completed")
            .Register<UpgradeRolledBack>("service.upgrade-rolled-back")
            .Register<UpgradeFailed>("service.upgrade-failed")
            .Register<FaultObserved>("service.fault-observed")
            .Register<ServiceState>("service.state")
            .Register<ServiceRegistered>("directory.service-registered")
            .Register<ServiceDeregistered>("directory.service-deregistered")
            .Register<DirectoryState>("directory.state");
    }
}
