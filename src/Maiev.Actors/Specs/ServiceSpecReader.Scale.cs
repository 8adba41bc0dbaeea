using System.Collections.Immutable;
using System.Text.Json;
using Maiev.Actors.Rules;

namespace Maiev.Actors.Specs;

/// <summary>The <c>scale</c> object of a spec.</summary>
internal static partial class ServiceSpecReader
{
    private const string ScalePath = "$.scale";

    private static ScaleSpec? ReadScale(JsonFields f, JsonElement s)
    {
        if (!f.Object(s, ScalePath, "resources", "rules", "scale_up", "scale_down", "mode", "target", "cooldown",
                "stabilization_window", "repeat_delay", "step_limits", "scale_to_zero"))
        {
            return null;
        }

        var resources = ReadResources(f, s);
        var rules = ReadRules(f, s);
        var scaleUp = f.String(s, "scale_up", ScalePath);
        var scaleDown = f.String(s, "scale_down", ScalePath);
        var modeText = f.String(s, "mode", ScalePath) ?? "step";
        ScaleMode? mode = modeText switch { "step" => ScaleMode.Step, "target" => ScaleMode.Target, _ => null };
        if (mode is null)
        {
            f.Error($"{ScalePath}.mode", $"must be \"step\" or \"target\", found \"{modeText}\"");
        }

        var target = JsonFields.Member(s, "target") is { } t ? ReadTarget(f, t, resources) : null;
        if (mode == ScaleMode.Target && target is null && JsonFields.Member(s, "target") is null)
        {
            f.Error($"{ScalePath}.target", "is required when mode is \"target\"");
        }

        TimeSpan? up = null, down = null;
        if (JsonFields.Member(s, "cooldown") is { } c && f.Object(c, $"{ScalePath}.cooldown", "up", "down"))
        {
            up = f.Duration(c, "up", $"{ScalePath}.cooldown");
            down = f.Duration(c, "down", $"{ScalePath}.cooldown");
        }

        StepLimitSpec? upLimit = null, downLimit = null;
        if (JsonFields.Member(s, "step_limits") is { } l && f.Object(l, $"{ScalePath}.step_limits", "up", "down"))
        {
            upLimit = JsonFields.Member(l, "up") is { } ul ? ReadLimit(f, ul, $"{ScalePath}.step_limits.up") : null;
            downLimit = JsonFields.Member(l, "down") is { } dl ? ReadLimit(f, dl, $"{ScalePath}.step_limits.down") : null;
        }

        ScaleToZeroSpec? toZero = null;
        if (JsonFields.Member(s, "scale_to_zero") is { } z && f.Object(z, $"{ScalePath}.scale_to_zero", "enabled", "activation"))
        {
            var enabled = f.Bool(z, "enabled", $"{ScalePath}.scale_to_zero") ?? true;
            var activation = f.String(z, "activation", $"{ScalePath}.scale_to_zero");
            if (enabled && activation is null && resources.Length > 0)
            {
                var r = resources[0].Name;
                activation = $"{r}:waiting > 0 and {r}:consumers == 0";
            }
            else if (enabled && activation is null)
            {
                f.Error($"{ScalePath}.scale_to_zero.activation", "is required when there are no resources to default it from");
            }

            // min stays the floor while the service runs; scale to zero may still stop it when idle.
            toZero = enabled && activation is not null ? new ScaleToZeroSpec(activation) : null;
        }

        var spec = new ScaleSpec(
            resources, rules, scaleUp, scaleDown, mode ?? ScaleMode.Step, target,
            up ?? TimeSpan.Zero, down ?? TimeSpan.Zero,
            f.Duration(s, "stabilization_window", ScalePath) ?? TimeSpan.Zero,
            f.Duration(s, "repeat_delay", ScalePath) ?? TimeSpan.Zero,
            upLimit, downLimit, toZero);

        foreach (var error in spec.CompileRules().Errors)
        {
            f.Error($"{ScalePath}.{error.Source}", error.Message, error.Source.EndsWith(".name", StringComparison.Ordinal) ? null : error.Position.Line,
                error.Source.EndsWith(".name", StringComparison.Ordinal) ? null : error.Position.Column);
        }

        return spec;
    }

    private static ImmutableArray<ResourceSpec> ReadResources(JsonFields f, JsonElement s)
    {
        var result = ImmutableArray.CreateBuilder<ResourceSpec>();
        if (JsonFields.Member(s, "resources") is not { } list)
        {
            return result.ToImmutable();
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            f.Error($"{ScalePath}.resources", $"must be a list, found {JsonFields.Describe(list)}");
            return result.ToImmutable();
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = $"{ScalePath}.resources[{i++}]";
            if (!f.Object(item, path, "name", "monitorer", "identifier", "vhost"))
            {
                continue;
            }

            var name = f.String(item, "name", path, required: true);
            var identifier = f.String(item, "identifier", path, required: true);
            var monitorer = f.String(item, "monitorer", path) ?? "monitorer_rabbitmq";
            var vhost = f.String(item, "vhost", path) ?? "/";
            if (name is not null && (name.Length == 0 || name == "rules" || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_') || char.IsAsciiDigit(name[0])))
            {
                f.Error($"{path}.name", $"'{name}' must be letters, digits and '_', start with a letter, and not be 'rules'");
            }
            else if (name is not null && !names.Add(name))
            {
                f.Error($"{path}.name", $"resource '{name}' is defined twice");
            }

            if (name is not null && identifier is not null)
            {
                result.Add(new ResourceSpec(name, monitorer, identifier, vhost));
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<RuleDefinition> ReadRules(JsonFields f, JsonElement s)
    {
        var result = ImmutableArray.CreateBuilder<RuleDefinition>();
        if (JsonFields.Member(s, "rules") is not { } list)
        {
            return result.ToImmutable();
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            f.Error($"{ScalePath}.rules", $"must be a list, found {JsonFields.Describe(list)}");
            return result.ToImmutable();
        }

        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = $"{ScalePath}.rules[{i++}]";
            if (f.Object(item, path, "name", "expression"))
            {
                // Always add (even when invalid) so compile errors keep the JSON index of each rule.
                result.Add(new RuleDefinition(f.String(item, "name", path, required: true) ?? string.Empty, f.String(item, "expression", path, required: true) ?? "1 == 1"));
            }
            else
            {
                result.Add(new RuleDefinition("_invalid" + i, "1 == 1"));
            }
        }

        return result.ToImmutable();
    }
}
