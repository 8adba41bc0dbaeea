namespace Maiev.Samples.Workload;

/// <summary>What the workload does once connected.</summary>
internal enum WorkloadMode
{
    /// <summary>Publish <see cref="WorkloadSettings.Count"/> timestamped messages, then exit.</summary>
    Produce,

    /// <summary>Consume at a fixed rate per replica until SIGTERM (or <see cref="WorkloadSettings.Count"/> messages).</summary>
    Consume,
}
