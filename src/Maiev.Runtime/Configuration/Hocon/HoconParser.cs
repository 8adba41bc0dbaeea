namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>
/// Parses HOCON (a superset of JSON) into an unresolved <see cref="Config"/>. Call
/// <see cref="Config.Resolve(ConfigResolveOptions?)"/> before reading values that use substitutions.
/// </summary>
public static class HoconParser
{
    /// <summary>Parses <paramref name="text"/>; relative includes are looked up in the current directory.</summary>
    /// <param name="text">The HOCON document.</param>
    /// <param name="origin">The name used in error origins (<c>origin:line:column</c>).</param>
    /// <exception cref="ConfigParseException">The text is not valid HOCON, or a required include is missing.</exception>
    public static Config Parse(string text, string origin = "<string>")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(origin);
        var root = Parser.ParseDocument(text, origin, new IncludeContext(Directory.GetCurrentDirectory(), 0), []);
        return new Config(root);
    }

    /// <summary>Reads and parses a file; its includes are relative to the file's directory.</summary>
    /// <exception cref="ConfigParseException">The file is missing or unreadable, or is not valid HOCON.</exception>
    public static Config ParseFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigParseException($"could not read configuration file: {e.Message}", new ConfigOrigin(full, 0, 0), null, e);
        }

        var root = Parser.ParseDocument(text, full, new IncludeContext(Path.GetDirectoryName(full)!, 0), []);
        return new Config(root);
    }
}
