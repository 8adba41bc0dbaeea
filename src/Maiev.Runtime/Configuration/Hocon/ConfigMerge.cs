namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>
/// Duplicate keys and fallbacks: objects merge field by field, any other newer value replaces the
/// older one, and anything involving an unresolved value waits in a <see cref="ConfigMergeStack"/>.
/// </summary>
internal static class ConfigMerge
{
    /// <summary>Merges <paramref name="newer"/> over <paramref name="older"/>.</summary>
    public static ConfigValue Merge(ConfigValue older, ConfigValue newer)
    {
        if (newer is ConfigObject newObject)
        {
            if (older is ConfigObject oldObject)
                return MergeObjects(oldObject, newObject);
            if (older.ValueType == ConfigValueType.Unresolved)
                return Stack(newer, older);
            return newer; // an object hides an earlier non-object
        }

        if (newer.ValueType != ConfigValueType.Unresolved)
            return newer; // a scalar or list hides everything before it

        return Stack(newer, older);
    }

    /// <summary>Merges two objects: keys of <paramref name="newer"/> win, nested objects merge.</summary>
    public static ConfigObject MergeObjects(ConfigObject older, ConfigObject newer)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new ConfigException("objects nest too deeply to merge", newer.Origin);
        if (older.Fields.Count == 0)
            return newer;
        if (newer.Fields.Count == 0)
            return older;
        var fields = ConfigObject.NewFields(older.Fields.Count + newer.Fields.Count);
        foreach (var (key, value) in older.Fields)
            fields[key] = value;
        foreach (var (key, value) in newer.Fields)
            fields[key] = fields.TryGetValue(key, out var previous) ? Merge(previous, value) : value;
        return ConfigObject.From(fields, newer.Origin);
    }

    private static ConfigMergeStack Stack(ConfigValue newer, ConfigValue older)
    {
        var items = new List<ConfigValue>();
        if (newer is ConfigMergeStack newStack)
            items.AddRange(newStack.Items);
        else
            items.Add(newer);
        if (older is ConfigMergeStack oldStack)
            items.AddRange(oldStack.Items);
        else
            items.Add(older);
        return new ConfigMergeStack(items, newer.Origin);
    }
}
