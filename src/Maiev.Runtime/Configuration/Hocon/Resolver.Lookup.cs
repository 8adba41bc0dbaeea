namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>Looking up substitution paths, the environment fallback, and cycle errors.</summary>
internal sealed partial class Resolver
{
    private ConfigValue? ResolveSubstitution(ConfigSubstitution s)
    {
        if (_chain.Count >= MaxChain)
            throw new ConfigResolveException($"substitutions nest more than {MaxChain} deep", s.Origin, ConfigPath.Render(s.Path));
        _chain.Add(s);
        try
        {
            Mask? blockedBy = null;
            ConfigValue? value;
            bool found;
            try
            {
                found = TryLookup(s.Path, out value, ref blockedBy);
                if (!found && s.FallbackPath is not null)
                    found = TryLookup(s.FallbackPath, out value, ref blockedBy);
            }
            catch (ConfigResolveException e) when (e.IsCycle && s.Optional)
            {
                return null; // a cycle counts as missing for ${?x}
            }

            if (found)
                return value;
            var name = string.Join('.', s.FallbackPath ?? s.Path);
            if (_options.Environment is { } env && env.TryGetValue(name, out var text))
                return ConfigScalar.OfString(text, new ConfigOrigin($"env var {name}", 0, 0));
            if (s.Optional)
                return null;
            throw Undefined(s, blockedBy);
        }
        finally
        {
            _chain.RemoveAt(_chain.Count - 1);
        }
    }

    /// <summary>Walks <paramref name="path"/> from the root, resolving only what lies on the way.</summary>
    private bool TryLookup(string[] path, out ConfigValue? value, ref Mask? blockedBy)
    {
        value = null;
        ConfigValue current = _root;
        for (var k = 0; k < path.Length; k++)
        {
            if (current is not ConfigObject obj || !obj.TryGetValue(path[k], out var child))
                return false;
            var prefix = k == path.Length - 1 ? path : path[..(k + 1)];
            var mask = FindMask(prefix);
            ConfigValue? next;
            if (mask is not null)
            {
                next = ResolveStackMemo(mask.Owner, mask.Items, mask.Next, mask.Path);
                if (next is null)
                {
                    blockedBy ??= mask;
                    return false;
                }
            }
            else if (child is ConfigSubstitution or ConfigConcatenation or ConfigMergeStack)
            {
                next = ResolveField(child, prefix);
                if (next is null)
                    return false;
            }
            else
            {
                next = child;
            }

            if (k == path.Length - 1)
            {
                value = ResolveValue(next, prefix);
                return value is not null;
            }

            current = next;
        }

        return false;
    }

    private Mask? FindMask(string[] prefix)
    {
        for (var i = _masks.Count - 1; i >= 0; i--)
        {
            var mask = _masks[i];
            if (mask.Path.AsSpan().SequenceEqual(prefix))
                return mask;
        }

        return null;
    }

    private ConfigResolveException Undefined(ConfigSubstitution s, Mask? blockedBy)
    {
        var text = s.ToString();
        if (blockedBy is null)
            return new ConfigResolveException($"could not resolve substitution {text}: no such path in the configuration", s.Origin, ConfigPath.Render(s.FallbackPath ?? s.Path));
        var links = _chain.Skip(blockedBy.ChainStart).Select(c => c.ToString()).ToList();
        if (links.Count <= 1)
        {
            return new ConfigResolveException(
                $"could not resolve substitution {text}: it refers to the field being defined and there is no earlier value to look back to",
                s.Origin, ConfigPath.Render(blockedBy.Path));
        }

        links.Add(links[0]);
        return new ConfigResolveException($"substitution cycle: {string.Join(" -> ", links)}", s.Origin, ConfigPath.Render(blockedBy.Path)) { IsCycle = true };
    }

    private ConfigResolveException Cycle(ConfigValue value, string[] path)
    {
        var links = _chain.Select(c => $"{c} at {c.Origin}").ToList();
        var through = links.Count == 0 ? "" : " through " + string.Join(" -> ", links);
        return new ConfigResolveException(
            $"substitution cycle: the value at '{ConfigPath.Render(path)}' refers to itself{through}",
            value.Origin, ConfigPath.Render(path)) { IsCycle = true };
    }
}
