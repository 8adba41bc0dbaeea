using System.Collections.Immutable;
using System.Text.Json;
using Maiev.Actors.Versions;

namespace Maiev.Actors.Specs;

/// <summary>
/// Reads a service spec from JSON: maiev's <c>scale.json</c> unchanged, plus Maiev's additions
/// (see docs/service-spec.md). Validation reports every error at once, each with its JSON path
/// and, for rule expressions, the line and column inside the expression.
/// </summary>
internal static partial class ServiceSpecReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads and validates <paramref name="json"/>. Never throws for bad input: errors come back in the result.</summary>
    public static SpecReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var column = e.BytePositionInLine is { } c ? (int)c + 1 : (int?)null;
            return new SpecReadResult(null, [new SpecError("$", "malformed JSON: " + FirstSentence(e.Message), line, column)]);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>Reads and validates an already parsed JSON value.</summary>
    public static SpecReadResult Read(JsonElement root)
    {
        var f = new JsonFields();
        if (!f.Object(root, "$", "min", "max", "dependencies", "scale", "paused", "upgrade"))
        {
            return new SpecReadResult(null, [.. f.Errors]);
        }

        var min = f.Int(root, "min", "$", 0);
        var max = f.Int(root, "max", "$", 0);
        if (min is { } lo && max is { } hi && hi < lo)
        {
            f.Error("$.max", $"must be at least min ({lo}), found {hi}");
        }

        var dependencies = ReadDependencies(f, root);
        var scale = JsonFields.Member(root, "scale") is { } s ? ReadScale(f, s) : null;
        var paused = f.Bool(root, "paused", "$") ?? false;
        var upgrade = ReadUpgrade(f, root);
        return f.Errors.Count > 0
            ? new SpecReadResult(null, [.. f.Errors])
            : new SpecReadResult(new ServiceSpec(min, max, dependencies, scale, paused, upgrade), []);
    }

    private static DependencySpec ReadDependencies(JsonFields f, JsonElement root)
    {
        if (JsonFields.Member(root, "dependencies") is not { } d || !f.Object(d, "$.dependencies", "require", "provide"))
        {
            return DependencySpec.Empty;
        }

        var require = ImmutableArray.CreateBuilder<string>();
        if (JsonFields.Member(d, "require") is { } r)
        {
            if (r.ValueKind != JsonValueKind.Array)
            {
                f.Error("$.dependencies.require", $"must be a list of strings, found {JsonFields.Describe(r)}");
            }
            else
            {
                var i = 0;
                foreach (var item in r.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        require.Add(item.GetString()!);
                    }
                    else
                    {
                        f.Error($"$.dependencies.require[{i}]", $"must be a string, found {JsonFields.Describe(item)}");
                    }

                    i++;
                }
            }
        }

        var provide = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        if (JsonFields.Member(d, "provide") is { } p)
        {
            if (p.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in p.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        provide[item.GetString()!] = 1;
                    }
                    else
                    {
                        f.Error($"$.dependencies.provide[{i}]", $"must be a string, found {JsonFields.Describe(item)}");
                    }

                    i++;
                }
            }
            else if (p.ValueKind == JsonValueKind.Object)
            {
                foreach (var item in p.EnumerateObject())
                {
                    if (item.Value.ValueKind == JsonValueKind.Number && item.Value.TryGetInt32(out var version))
                    {
                        provide[item.Name] = version;
                    }
                    else
                    {
                        f.Error($"$.dependencies.provide.{item.Name}", $"must be a whole number (the provided version), found {JsonFields.Describe(item.Value)}");
                    }
                }
            }
            else
            {
                f.Error("$.dependencies.provide", $"must be a list of names or an object of name: version, found {JsonFields.Describe(p)}");
            }
        }

        return new DependencySpec(require.ToImmutable(), provide.ToImmutable());
    }

    private static UpgradeSpec ReadUpgrade(JsonFields f, JsonElement root)
    {
        if (JsonFields.Member(root, "upgrade") is not { } u || !f.Object(u, "$.upgrade", "policy", "prereleases"))
        {
            return UpgradeSpec.Disabled;
        }

        var prereleases = f.Bool(u, "prereleases", "$.upgrade") ?? false;
        var text = f.String(u, "policy", "$.upgrade") ?? "none";
        if (!VersionPolicy.TryParse(text, prereleases, out var policy, out var error))
        {
            f.Error("$.upgrade.policy", error!);
            return UpgradeSpec.Disabled;
        }

        return new UpgradeSpec(policy!);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
