using System.Collections.Immutable;

namespace Maiev.Actors.Services;

/// <summary>The directory's snapshot: the registered names.</summary>
internal sealed record DirectoryState(ImmutableSortedSet<string> Names)
{
    /// <summary>No service registered.</summary>
    public static DirectoryState Empty { get; } = new(ImmutableSortedSet.Create<string>(StringComparer.Ordinal));

    /// <summary>Applies a directory event.</summary>
    public DirectoryState Apply(object @event) => @event switch
    {
        ServiceRegistered r => new(Names.Add(r.ServiceName)),
        ServiceDeregistered d => new(Names.Remove(d.ServiceName)),
        _ => this,
    };
}
