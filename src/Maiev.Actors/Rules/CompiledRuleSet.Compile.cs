using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Maiev.Actors.Rules;

/// <summary>Compiling a rule set from its definitions.</summary>
internal sealed partial class CompiledRuleSet
{
    /// <summary>
    /// Compiles <paramref name="rules"/> then the optional scale and activation conditions against the
    /// <paramref name="resources"/> names. Reports every error of every rule, never throws for bad input.
    /// </summary>
    public static RuleCompilation Compile(
        IReadOnlyList<string> resources,
        IReadOnlyList<RuleDefinition> rules,
        string? scaleUp = null,
        string? scaleDown = null,
        string? activation = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(rules);
        var errors = ImmutableArray.CreateBuilder<RuleCompileError>();
        var entries = new List<(string Source, string Name, string Expression)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var name = rules[i].Name ?? string.Empty;
            if (name is ScaleUpRule or ScaleDownRule or ActivationRule)
            {
                continue;
            }

            if (!NamePattern().IsMatch(name))
            {
                errors.Add(new($"rules[{i}].name", name, new(1, 1), $"rule name '{name}' must be letters, digits and '_' and start with a letter or '_'"));
            }
            else if (!seen.Add(name))
            {
                errors.Add(new($"rules[{i}].name", name, new(1, 1), $"rule name '{name}' is used twice"));
            }

            entries.Add(($"rules[{i}].expression", name, rules[i].Expression ?? string.Empty));
        }

        if (scaleUp is not null)
        {
            entries.Add(("scale_up", ScaleUpRule, scaleUp));
        }

        if (scaleDown is not null)
        {
            entries.Add(("scale_down", ScaleDownRule, scaleDown));
        }

        if (activation is not null)
        {
            entries.Add(("scale_to_zero.activation", ActivationRule, activation));
        }

        var resourceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < resources.Count; i++)
        {
            resourceIndex.TryAdd(resources[i], i);
        }

        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            ruleIndex.TryAdd(entries[i].Name, i);
        }

        var binder = new RuleBinder(resourceIndex, ruleIndex);
        var nodes = new RuleNode[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            try
            {
                nodes[i] = binder.BindRule(Parser.Parse(entries[i].Expression));
            }
            catch (RuleSyntaxException e)
            {
                errors.Add(new(entries[i].Source, entries[i].Name, e.Position, e.Detail));
            }
        }

        return errors.Count > 0
            ? new RuleCompilation(null, errors.ToImmutable())
            : new RuleCompilation(new CompiledRuleSet([.. resources], [.. entries.Select(e => e.Name)], nodes), []);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();
}
