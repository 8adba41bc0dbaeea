using System.Collections.Immutable;

namespace Maiev.Actors.Specs;

/// <summary>maiev's <c>dependencies</c>: what a version needs and offers (used by upgrade planning).</summary>
/// <param name="Require">Required capabilities (<c>producer:rpc:echo</c>).</param>
/// <param name="Provide">Provided capabilities with their version (a JSON list reads as version 1 each).</param>
internal sealed record DependencySpec(ImmutableArray<string> Require, ImmutableDictionary<string, int> Provide)
{
    /// <summary>No dependencies.</summary>
    public static DependencySpec Empty { get; } = new([], ImmutableDictionary<string, int>.Empty);
}
