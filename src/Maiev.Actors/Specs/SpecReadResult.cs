using System.Collections.Immutable;

namespace Maiev.Actors.Specs;

/// <summary>Either a valid spec or every error found in the input.</summary>
/// <param name="Spec">The spec, or null when there are errors.</param>
/// <param name="Errors">Every error (empty on success).</param>
internal sealed record SpecReadResult(ServiceSpec? Spec, ImmutableArray<SpecError> Errors)
{
    /// <summary>True when the spec is valid.</summary>
    public bool Succeeded => Spec is not null;
}
