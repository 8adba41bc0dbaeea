using System.Text.Json.Nodes;

// The string keys are Docker Engine API field names that happen to equal our member names.
#pragma warning disable CA1507

namespace Maiev.Actors.Docker;

/// <summary>How Swarm rolls an update out (<c>UpdateConfig</c> of a service spec).</summary>
/// <param name="Parallelism">Tasks updated at once (0 = all).</param>
/// <param name="Delay">Pause between batches.</param>
/// <param name="Monitor">How long each new task is watched for failure.</param>
/// <param name="FailureAction"><c>pause</c>, <c>continue</c> or <c>rollback</c>.</param>
/// <param name="Order"><c>stop-first</c> or <c>start-first</c>.</param>
/// <param name="MaxFailureRatio">Failures tolerated, 0..1.</param>
internal sealed record SwarmUpdateConfig(
    int Parallelism = 1,
    TimeSpan Delay = default,
    TimeSpan? Monitor = null,
    string FailureAction = "rollback",
    string Order = "start-first",
    double MaxFailureRatio = 0)
{
    /// <summary>The JSON object Swarm expects (durations in nanoseconds).</summary>
    /// <exception cref="ArgumentException">An out-of-range value, named.</exception>
    public JsonObject ToJson()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Parallelism);
        if (FailureAction is not ("pause" or "continue" or "rollback"))
        {
            throw new ArgumentException($"UpdateConfig.FailureAction must be pause, continue or rollback, not '{FailureAction}'.", nameof(FailureAction));
        }

        if (Order is not ("stop-first" or "start-first"))
        {
            throw new ArgumentException($"UpdateConfig.Order must be stop-first or start-first, not '{Order}'.", nameof(Order));
        }

        if (MaxFailureRatio is < 0 or > 1)
        {
            throw new ArgumentException($"UpdateConfig.MaxFailureRatio must be within 0..1, not {MaxFailureRatio}.", nameof(MaxFailureRatio));
        }

        return new JsonObject
        {
            ["Parallelism"] = Parallelism,
            ["Delay"] = Delay.Ticks * 100,
            ["Monitor"] = (Monitor ?? TimeSpan.FromSeconds(5)).Ticks * 100,
            ["FailureAction"] = FailureAction,
            ["Order"] = Order,
            ["MaxFailureRatio"] = MaxFailureRatio,
        };
    }
}
