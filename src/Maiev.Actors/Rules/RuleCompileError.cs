namespace Maiev.Actors.Rules;

/// <summary>One reason a rule set does not compile.</summary>
/// <param name="Source">
/// Where the expression came from, relative to <c>scale</c>: <c>rules[2].expression</c>,
/// <c>rules[2].name</c>, <c>scale_up</c>, <c>scale_down</c> or <c>scale_to_zero.activation</c>.
/// </param>
/// <param name="RuleName">The rule's name (<c>__scale_up__</c>/<c>__scale_down__</c> for the scale conditions).</param>
/// <param name="Position">Line and column in the expression (1, 1 for errors about the name).</param>
/// <param name="Message">What is wrong.</param>
internal sealed record RuleCompileError(string Source, string RuleName, SourcePosition Position, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Message} (at {Position})";
}
