using System.Globalization;
using System.Text;

namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>
/// Joins the resolved parts of a value concatenation: strings join with their whitespace, lists
/// append, objects merge (whitespace between lists or objects is ignored). Mixing kinds is an error.
/// </summary>
internal static class ConfigConcat
{
    /// <summary>What went wrong and where.</summary>
    public readonly record struct Problem(string Message, ConfigOrigin Origin);

    /// <summary>Joins <paramref name="pieces"/>; returns null and a <paramref name="problem"/> when kinds mix.</summary>
    public static ConfigValue? Join(IReadOnlyList<ConfigValue> pieces, ConfigOrigin origin, out Problem? problem)
    {
        problem = null;
        var lists = false;
        var objects = false;
        foreach (var piece in pieces)
        {
            lists |= piece is ConfigList;
            objects |= piece is ConfigObject;
        }

        if (!lists && !objects)
        {
            var sb = new StringBuilder();
            foreach (var piece in pieces)
                sb.Append(((ConfigScalar)piece).Text);
            return ConfigScalar.OfString(sb.ToString(), origin);
        }

        if (lists)
            return JoinLists(pieces, origin, out problem);

        ConfigObject? result = null;
        foreach (var piece in pieces)
        {
            if (piece is ConfigScalar { IsWhitespace: true })
                continue;
            if (piece is not ConfigObject o)
            {
                problem = new Problem($"cannot concatenate an object with {ConfigValue.Describe(piece.ValueType)}; quote the text or use separate keys", piece.Origin);
                return null;
            }

            result = result is null ? o : ConfigMerge.MergeObjects(result, o);
        }

        return result;
    }

    private static ConfigList? JoinLists(IReadOnlyList<ConfigValue> pieces, ConfigOrigin origin, out Problem? problem)
    {
        problem = null;
        var items = new List<ConfigValue>();
        foreach (var piece in pieces)
        {
            if (piece is ConfigScalar { IsWhitespace: true })
                continue;
            var list = piece as ConfigList ?? (piece is ConfigObject o ? NumericObjectToList(o) : null);
            if (list is null)
            {
                problem = new Problem($"cannot concatenate a list with {ConfigValue.Describe(piece.ValueType)}; put the value inside the brackets", piece.Origin);
                return null;
            }

            items.AddRange(list.Items);
        }

        return new ConfigList(items, origin);
    }

    /// <summary>
    /// <c>{ "0": a, "1": b }</c> as <c>[a, b]</c>: keys that are non-negative integers, sorted by value;
    /// other keys are ignored. Null when no key is such an integer.
    /// </summary>
    public static ConfigList? NumericObjectToList(ConfigObject o)
    {
        var indexed = new List<(long Index, ConfigValue Value)>();
        foreach (var (key, value) in o.Fields)
        {
            if (key.Length > 0 && key.All(char.IsAsciiDigit) && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                indexed.Add((index, value));
        }

        if (indexed.Count == 0)
            return null;
        indexed.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new ConfigList([.. indexed.Select(i => i.Value)], o.Origin);
    }
}
