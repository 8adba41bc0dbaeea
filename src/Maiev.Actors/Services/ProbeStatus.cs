using Maiev.Actors.Metrics;

namespace Maiev.Actors.Services;

/// <summary>The state of one resource's probe: its last metrics (null when never sampled) and the last error, if any.</summary>
internal sealed record ProbeStatus(string Resource, ProbeState State, QueueMetrics? Last, DateTimeOffset? SampledAt, string? Error);
