namespace Maiev.Actors.Rules;

/// <summary>A rule's latest value and when it last changed (what <c>rules:x</c> and <c>rules:x:since</c> read).</summary>
/// <param name="Name">The rule name (<c>__scale_up__</c> and <c>__scale_down__</c> for the scale conditions).</param>
/// <param name="Value">The value, or null before the rule was first evaluated.</param>
/// <param name="ChangedAt">When the value last changed (first evaluation counts as a change); null with no value.</param>
internal sealed record RuleResult(string Name, bool? Value, DateTimeOffset? ChangedAt);
