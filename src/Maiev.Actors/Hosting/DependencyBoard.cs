using System.Collections.Concurrent;

namespace Maiev.Actors.Hosting;

/// <summary>The last observed state of each dependency, written by the actors that talk to it; thread-safe.</summary>
internal sealed class DependencyBoard
{
    private readonly ConcurrentDictionary<string, DependencyState> _states = new(StringComparer.Ordinal);

    /// <summary>A setter for one dependency, to hand to an actor.</summary>
    public Action<DependencyState> Reporter(string name) => state => _states[name] = state;

    /// <summary>The check of one dependency (Unknown until reported).</summary>
    public DependencyCheck Check(string name) => new(name, () => _states.GetValueOrDefault(name, DependencyState.Unknown));
}
