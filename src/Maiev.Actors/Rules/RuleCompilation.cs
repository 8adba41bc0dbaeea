using System.Collections.Immutable;

namespace Maiev.Actors.Rules;

/// <summary>The outcome of <see cref="CompiledRuleSet.Compile"/>: a rule set, or every error found.</summary>
/// <param name="RuleSet">The compiled set, or null when there are errors.</param>
/// <param name="Errors">Every error (empty on success).</param>
internal sealed record RuleCompilation(CompiledRuleSet? RuleSet, ImmutableArray<RuleCompileError> Errors)
{
    /// <summary>True when the set compiled.</summary>
    public bool Succeeded => RuleSet is not null;
}
