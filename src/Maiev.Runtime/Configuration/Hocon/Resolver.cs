namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>
/// Replaces every substitution with its value. Substitutions look forward (the final value of a
/// path); while a field that is itself a substitution or concatenation is being resolved, that field
/// is masked so that self-references look back at the definitions below it in its merge stack. Every
/// result is memoised per node, so one substitution always yields one value.
/// </summary>
internal sealed partial class Resolver
{
    private const int MaxChain = 256;

    private readonly ConfigObject _root;
    private readonly ConfigResolveOptions _options;
    private readonly Dictionary<ConfigValue, ConfigValue?> _memo = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(ConfigValue Owner, int Index), ConfigValue?> _stackMemo = [];
    private readonly HashSet<ConfigValue> _inProgress = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(ConfigValue Owner, int Index)> _stacksInProgress = [];
    private readonly List<Mask> _masks = [];
    private readonly List<ConfigSubstitution> _chain = [];

    private Resolver(ConfigObject root, ConfigResolveOptions options)
    {
        _root = root;
        _options = options;
    }

    /// <summary>A field being resolved: lookups of <see cref="Path"/> see only <see cref="Items"/> from <see cref="Next"/> on.</summary>
    private sealed record Mask(string[] Path, ConfigValue Owner, IReadOnlyList<ConfigValue> Items, int Next, int ChainStart);

    /// <summary>Resolves every substitution under <paramref name="root"/>.</summary>
    /// <exception cref="ConfigResolveException">A substitution is undefined or part of a cycle.</exception>
    public static ConfigObject Resolve(ConfigObject root, ConfigResolveOptions options)
    {
        if (root.IsResolved)
            return root;
        var resolver = new Resolver(root, options);
        return (ConfigObject)resolver.ResolveValue(root, [])!;
    }

    /// <summary>Resolves a value; null means "undefined" (an optional substitution that found nothing).</summary>
    private ConfigValue? ResolveValue(ConfigValue value, string[] path)
    {
        if (value.IsResolved)
            return value;
        if (_memo.TryGetValue(value, out var known))
            return known;
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new ConfigResolveException("substitutions and objects nest too deeply to resolve", value.Origin, ConfigPath.Render(path));
        if (!_inProgress.Add(value))
            throw Cycle(value, path);
        try
        {
            var result = value switch
            {
                ConfigObject o => ResolveObject(o, path),
                ConfigList l => ResolveList(l, path),
                ConfigSubstitution s => ResolveSubstitution(s),
                ConfigConcatenation c => ResolveConcatenation(c, path),
                ConfigMergeStack m => ResolveStack(m, m.Items, 0, path),
                _ => value,
            };
            _memo[value] = result;
            return result;
        }
        finally
        {
            _inProgress.Remove(value);
        }
    }

    /// <summary>Resolves the value of a field: a substitution or concatenation is masked while it resolves.</summary>
    private ConfigValue? ResolveField(ConfigValue value, string[] path) => value switch
    {
        ConfigMergeStack m => ResolveStackMemo(m, m.Items, 0, path),
        ConfigSubstitution or ConfigConcatenation => ResolveStackMemo(value, [value], 0, path),
        _ => ResolveValue(value, path),
    };

    private ConfigValue? ResolveStackMemo(ConfigValue owner, IReadOnlyList<ConfigValue> items, int index, string[] path)
    {
        if (_stackMemo.TryGetValue((owner, index), out var known))
            return known;
        if (!_stacksInProgress.Add((owner, index)))
            throw Cycle(owner, path);
        try
        {
            var result = ResolveStack(owner, items, index, path);
            _stackMemo[(owner, index)] = result;
            return result;
        }
        finally
        {
            _stacksInProgress.Remove((owner, index));
        }
    }

    /// <summary>The merge of items[index..], newest first; lower items are only resolved when needed.</summary>
    private ConfigValue? ResolveStack(ConfigValue owner, IReadOnlyList<ConfigValue> items, int index, string[] path)
    {
        if (index >= items.Count)
            return null;
        var item = items[index];
        ConfigValue? top;
        if (item is ConfigSubstitution or ConfigConcatenation)
        {
            _masks.Add(new Mask(path, owner, items, index + 1, _chain.Count));
            try
            {
                top = ResolveValue(item, path);
            }
            finally
            {
                _masks.RemoveAt(_masks.Count - 1);
            }
        }
        else
        {
            top = ResolveValue(item, path);
        }

        if (top is null)
            return ResolveStackMemo(owner, items, index + 1, path);
        if (top is ConfigObject topObject && index + 1 < items.Count)
        {
            var below = ResolveStackMemo(owner, items, index + 1, path);
            return below is ConfigObject belowObject ? ConfigMerge.MergeObjects(belowObject, topObject) : topObject;
        }

        return top;
    }

    private ConfigObject ResolveObject(ConfigObject o, string[] path)
    {
        var fields = ConfigObject.NewFields(o.Fields.Count);
        foreach (var (key, child) in o.Fields)
        {
            if (child.IsResolved)
            {
                fields[key] = child; // nothing to do, and no path to build for it
                continue;
            }

            var resolved = ResolveField(child, [.. path, key]);
            if (resolved is not null)
                fields[key] = resolved;
        }

        return ConfigObject.From(fields, o.Origin);
    }

    private ConfigList ResolveList(ConfigList l, string[] path)
    {
        var items = new List<ConfigValue>(l.Items.Count);
        foreach (var item in l.Items)
        {
            var resolved = ResolveValue(item, path);
            if (resolved is not null)
                items.Add(resolved);
        }

        return new ConfigList(items, l.Origin);
    }

    private ConfigValue? ResolveConcatenation(ConfigConcatenation c, string[] path)
    {
        var pieces = new List<ConfigValue>(c.Pieces.Count);
        var defined = 0;
        foreach (var piece in c.Pieces)
        {
            var resolved = ResolveValue(piece, path);
            if (resolved is null)
                continue;
            if (resolved is not ConfigScalar { IsWhitespace: true })
                defined++;
            pieces.Add(resolved);
        }

        if (defined == 0)
            return null;
        if (defined == 1)
            return pieces.First(p => p is not ConfigScalar { IsWhitespace: true });
        var joined = ConfigConcat.Join(pieces, c.Origin, out var problem);
        return joined ?? throw new ConfigWrongTypeException(problem!.Value.Message, problem.Value.Origin, ConfigPath.Render(path));
    }
}
