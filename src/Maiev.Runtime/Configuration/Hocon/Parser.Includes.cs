using System.Reflection;

namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>
/// <c>include "x.conf"</c>, <c>include file("x")</c>, <c>include classpath("x")</c> and
/// <c>include required(...)</c>. Files are relative to the including file; an included document's
/// keys merge into the object that holds the include, and its substitutions are fixed up to it.
/// </summary>
internal sealed partial class Parser
{
    private static readonly string[] Openers = ["", "file(", "classpath(", "url("];

    /// <summary>
    /// True when the 'include' at the cursor starts an include statement: an unquoted <c>include</c>
    /// may not begin a key, so anything but a valid resource after it is an error, not a key.
    /// </summary>
    private bool IsIncludeStatement() => _tokens[_index + 1].Kind is TokenKind.Whitespace or TokenKind.Newline
        or TokenKind.QuotedString or TokenKind.Colon or TokenKind.Equals or TokenKind.OpenCurly or TokenKind.PlusEquals;

    private void ParseInclude(OrderedDictionary<string, ConfigValue> fields, string[]? prefix)
    {
        var keyword = Next();
        var opener = "";
        var closer = "";
        Token? name = null;
        while (true)
        {
            var t = Peek;
            if (t.Kind is TokenKind.Whitespace || (t.Kind == TokenKind.Newline && name is null))
            {
                _index++;
            }
            else if (t.Kind == TokenKind.Unquoted && name is null)
            {
                opener += t.Text;
                _index++;
            }
            else if (t.Kind == TokenKind.QuotedString && name is null)
            {
                name = t;
                _index++;
            }
            else if (t.Kind == TokenKind.Unquoted && t.Text.All(c => c == ')'))
            {
                closer += t.Text;
                _index++;
            }
            else
            {
                break;
            }
        }

        var required = opener.StartsWith("required(", StringComparison.Ordinal);
        var kind = required ? opener["required(".Length..] : opener;
        var expectedClose = (required ? 1 : 0) + (kind.Length > 0 ? 1 : 0);
        if (name is null || !Openers.Contains(kind) || closer.Length != expectedClose)
            throw Error(keyword, "include must be followed by a quoted name, optionally inside file(), classpath(), url() or required()");
        var included = Load(kind.TrimEnd('('), name.Value, required, prefix ?? []);
        foreach (var (key, value) in included.Fields)
            fields[key] = fields.TryGetValue(key, out var previous) ? ConfigMerge.Merge(previous, value) : value;
    }

    private ConfigObject Load(string kind, Token name, bool required, string[] prefix)
    {
        if (_include.Depth >= IncludeContext.MaxDepth)
            throw Error(name, $"includes nest more than {IncludeContext.MaxDepth} deep (is a file including itself?)");
        if (kind == "url" || (kind.Length == 0 && name.Text.Contains("://", StringComparison.Ordinal)))
            throw Error(name, "url() includes are not supported: Maiev does not fetch configuration over the network; use file()");
        var documents = kind == "classpath" ? FindResources(name.Text) : FindFiles(name.Text);
        if (documents.Count == 0)
        {
            if (required)
                throw Error(name, $"required include '{name.Text}' was not found");
            return ConfigObject.Empty;
        }

        var result = ConfigObject.Empty;
        foreach (var (text, origin, directory) in documents)
        {
            var context = new IncludeContext(directory, _include.Depth + 1);
            result = ConfigMerge.MergeObjects(result, ParseDocument(text, origin, context, prefix));
        }

        return result;
    }

    /// <summary>The file itself, or (without an extension) name.json then name.conf, so .conf wins.</summary>
    private List<(string Text, string Origin, string Directory)> FindFiles(string name)
    {
        var full = Path.GetFullPath(Path.Combine(_include.BaseDirectory, name));
        var candidates = Path.HasExtension(full) ? [full] : new[] { full + ".json", full + ".conf" };
        var found = new List<(string, string, string)>();
        foreach (var candidate in candidates)
        {
            if (!File.Exists(candidate))
                continue;
            try
            {
                found.Add((File.ReadAllText(candidate), candidate, Path.GetDirectoryName(candidate)!));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ConfigParseException($"could not read included file '{candidate}': {e.Message}", new ConfigOrigin(_origin, 0, 0), null, e);
            }
        }

        return found;
    }

    /// <summary>Embedded resources of the loaded Maiev assemblies whose name ends with <paramref name="name"/>.</summary>
    private List<(string Text, string Origin, string Directory)> FindResources(string name)
    {
        var found = new List<(string, string, string)>();
        var suffix = name.Replace('/', '.');
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic))
        {
            foreach (var resource in assembly.GetManifestResourceNames())
            {
                if (resource == suffix || resource.EndsWith("." + suffix, StringComparison.Ordinal))
                    found.Add((ReadResource(assembly, resource), $"{assembly.GetName().Name}:{resource}", _include.BaseDirectory));
            }
        }

        return found;
    }

    internal static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
