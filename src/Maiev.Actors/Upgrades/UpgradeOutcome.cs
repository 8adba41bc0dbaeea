namespace Maiev.Actors.Upgrades;

/// <summary>How a rolling update ended.</summary>
internal enum UpgradeOutcome
{
    /// <summary>Every task runs the target.</summary>
    Completed,

    /// <summary>Swarm rolled the service back to the previous image.</summary>
    RolledBack,

    /// <summary>The update could not be issued or followed.</summary>
    Failed,

    /// <summary>Swarm paused the update (failure action pause).</summary>
    Paused,
}
