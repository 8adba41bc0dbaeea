namespace Maiev.Actors.Rules;

/// <summary>A named rule as written in a spec (maiev's <c>scale.rules[]</c> item).</summary>
/// <param name="Name">The name other rules read as <c>rules:&lt;name&gt;</c>.</param>
/// <param name="Expression">The expression text.</param>
internal sealed record RuleDefinition(string Name, string Expression);
