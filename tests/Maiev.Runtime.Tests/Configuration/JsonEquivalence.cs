using System.Text.Json;
using Maiev.Runtime.Configuration;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>Compares a configuration value with a JSON element and explains the first difference.</summary>
internal static class JsonEquivalence
{
    public static string? Difference(JsonElement expected, ConfigValue actual, string path = "")
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                if (actual is not ConfigObject o)
                    return $"{path}: expected an object, found {actual.ValueType}";
                var names = expected.EnumerateObject().Select(p => p.Name).ToHashSet();
                if (!names.SetEquals(o.Fields.Keys))
                    return $"{path}: keys differ: expected [{string.Join(",", names.Order())}] found [{string.Join(",", o.Fields.Keys.Order())}]";
                foreach (var p in expected.EnumerateObject())
                {
                    if (Difference(p.Value, o.Fields[p.Name], path + "." + p.Name) is { } d)
                        return d;
                }

                return null;
            case JsonValueKind.Array:
                if (actual is not ConfigList l)
                    return $"{path}: expected a list, found {actual.ValueType}";
                var items = expected.EnumerateArray().ToList();
                if (items.Count != l.Items.Count)
                    return $"{path}: expected {items.Count} elements, found {l.Items.Count}";
                for (var i = 0; i < items.Count; i++)
                {
                    if (Difference(items[i], l.Items[i], $"{path}[{i}]") is { } d)
                        return d;
                }

                return null;
            case JsonValueKind.String:
                return actual is ConfigScalar { ValueType: ConfigValueType.String } s && s.Text == expected.GetString()
                    ? null : $"{path}: expected the string {expected.GetRawText()}, found {actual.ValueType} '{actual}'";
            case JsonValueKind.Number:
                return actual is ConfigScalar { ValueType: ConfigValueType.Number } n && n.Number == expected.GetDouble()
                    ? null : $"{path}: expected the number {expected.GetRawText()}, found {actual.ValueType} '{actual}'";
            case JsonValueKind.True or JsonValueKind.False:
                return actual is ConfigScalar { ValueType: ConfigValueType.Boolean } b && b.Text == (expected.GetBoolean() ? "true" : "false")
                    ? null : $"{path}: expected {expected.GetRawText()}, found {actual.ValueType} '{actual}'";
            default:
                return actual.ValueType == ConfigValueType.Null ? null : $"{path}: expected null, found {actual.ValueType} '{actual}'";
        }
    }
}
