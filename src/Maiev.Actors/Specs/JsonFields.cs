using System.Globalization;
using System.Text.Json;
using Maiev.Actors.Rules;

namespace Maiev.Actors.Specs;

/// <summary>Typed reads of JSON members that record an error (with its path) instead of throwing.</summary>
internal sealed class JsonFields
{
    /// <summary>Every error recorded so far.</summary>
    public List<SpecError> Errors { get; } = [];

    /// <summary>Records an error.</summary>
    public void Error(string path, string message, int? line = null, int? column = null) =>
        Errors.Add(new SpecError(path, message, line, column));

    /// <summary>True when <paramref name="element"/> is an object; records an error otherwise. Unknown keys are errors.</summary>
    public bool Object(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"must be an object, found {Describe(element)}");
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                Error($"{path}.{property.Name}", $"unknown property; allowed here: {string.Join(", ", allowed)}");
            }
        }

        return true;
    }

    /// <summary>The member, or null when absent or JSON null.</summary>
    public static JsonElement? Member(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    /// <summary>An optional string member.</summary>
    public string? String(JsonElement parent, string name, string path, bool required = false)
    {
        var value = Member(parent, name);
        if (value is null)
        {
            if (required)
            {
                Error($"{path}.{name}", "is required");
            }

            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.String)
        {
            Error($"{path}.{name}", $"must be a string, found {Describe(value.Value)}");
            return null;
        }

        var text = value.Value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Error($"{path}.{name}", "must not be empty");
        }

        return text;
    }

    /// <summary>An optional integer member at least <paramref name="minimum"/>.</summary>
    public int? Int(JsonElement parent, string name, string path, int minimum)
    {
        var value = Member(parent, name);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetInt32(out var number))
        {
            Error($"{path}.{name}", $"must be a whole number, found {Describe(value.Value)}");
            return null;
        }

        if (number < minimum)
        {
            Error($"{path}.{name}", string.Create(CultureInfo.InvariantCulture, $"must be at least {minimum}, found {number}"));
            return null;
        }

        return number;
    }

    /// <summary>An optional number member greater than <paramref name="exclusiveMinimum"/>.</summary>
    public double? Number(JsonElement parent, string name, string path, double exclusiveMinimum)
    {
        var value = Member(parent, name);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.Number)
        {
            Error($"{path}.{name}", $"must be a number, found {Describe(value.Value)}");
            return null;
        }

        var number = value.Value.GetDouble();
        if (!(number > exclusiveMinimum))
        {
            Error($"{path}.{name}", string.Create(CultureInfo.InvariantCulture, $"must be greater than {exclusiveMinimum}, found {number}"));
            return null;
        }

        return number;
    }

    /// <summary>An optional boolean member.</summary>
    public bool? Bool(JsonElement parent, string name, string path)
    {
        var value = Member(parent, name);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error($"{path}.{name}", $"must be true or false, found {Describe(value.Value)}");
            return null;
        }

        return value.Value.GetBoolean();
    }

    /// <summary>An optional duration member: a string (<c>"30s"</c>, <c>"2 minutes"</c>) or a number of seconds, not negative.</summary>
    public TimeSpan? Duration(JsonElement parent, string name, string path)
    {
        var value = Member(parent, name);
        if (value is null)
        {
            return null;
        }

        TimeSpan duration;
        if (value.Value.ValueKind == JsonValueKind.Number)
        {
            duration = TimeSpan.FromSeconds(value.Value.GetDouble());
        }
        else if (value.Value.ValueKind != JsonValueKind.String || !DurationText.TryParse(value.Value.GetString()!, out duration))
        {
            Error($"{path}.{name}", $"must be a duration such as \"30s\" or \"2 minutes\" or a number of seconds, found {Describe(value.Value)}");
            return null;
        }

        if (duration < TimeSpan.Zero)
        {
            Error($"{path}.{name}", "must not be negative");
            return null;
        }

        return duration;
    }

    /// <summary>A short description of a JSON value for messages.</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"\"{element.GetString()}\"",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };
}
