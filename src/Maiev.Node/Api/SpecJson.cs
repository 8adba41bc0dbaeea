using System.Globalization;
using System.Text.Json.Nodes;
using Maiev.Actors.Specs;

namespace Maiev.Node.Api;

/// <summary>Writes a stored <see cref="ServiceSpec"/> in Maiev's spec form (maiev's scale.json keys plus Maiev's additions).</summary>
internal static class SpecJson
{
    /// <summary>The normalized spec.</summary>
    public static JsonObject Write(ServiceSpec spec)
    {
        var body = new JsonObject { ["min"] = spec.Min, ["max"] = spec.Max };
        if (!spec.Dependencies.Require.IsEmpty || !spec.Dependencies.Provide.IsEmpty)
        {
            var provide = new JsonObject();
            foreach (var (name, count) in spec.Dependencies.Provide.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                provide[name] = count;
            }

            body["dependencies"] = new JsonObject { ["require"] = new JsonArray([.. spec.Dependencies.Require.Select(r => (JsonNode?)r)]), ["provide"] = provide };
        }

        if (spec.Scale is { } scale)
        {
            var resources = new JsonArray();
            foreach (var r in scale.Resources)
            {
                var resource = new JsonObject { ["name"] = r.Name, ["monitorer"] = r.Monitorer, ["identifier"] = r.Identifier };
                if (r.Vhost != "/")
                {
                    resource["vhost"] = r.Vhost;
                }

                resources.Add(resource);
            }

            var rules = new JsonArray();
            foreach (var rule in scale.Rules)
            {
                rules.Add(new JsonObject { ["name"] = rule.Name, ["expression"] = rule.Expression });
            }

            var scaleJson = new JsonObject { ["resources"] = resources, ["rules"] = rules, ["scale_up"] = scale.ScaleUp, ["scale_down"] = scale.ScaleDown };
            if (scale.Mode != ScaleMode.Step)
            {
                scaleJson["mode"] = scale.Mode.ToString().ToLowerInvariant();
            }

            if (scale.Target is { } target)
            {
                scaleJson["target"] = new JsonObject
                {
                    ["resource"] = target.Resource,
                    ["kind"] = target.Kind.ToString().ToLowerInvariant(),
                    ["value"] = target.Value,
                    ["tolerance"] = target.Tolerance,
                };
            }

            if (scale.ScaleToZero is { } zero)
            {
                scaleJson["scale_to_zero"] = new JsonObject { ["activation"] = zero.Activation };
            }

            body["scale"] = scaleJson;
        }

        if (spec.Paused)
        {
            body["paused"] = true;
        }

        body["upgrade"] = new JsonObject { ["policy"] = Convert.ToString(spec.Upgrade.Policy, CultureInfo.InvariantCulture) };
        return body;
    }
}
