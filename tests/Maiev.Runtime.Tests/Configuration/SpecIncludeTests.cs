using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>HOCON.md "Includes", with real files in a temporary folder.</summary>
public sealed class SpecIncludeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("maiev-hocon-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact] // "The keys from the root object are conceptually substituted for the include statement in the including file."
    public void Included_keys_merge_in_place_relative_to_the_including_file()
    {
        Write("sub/inner.conf", "b = 2\nc { x = 1 }");
        var main = Write("sub/../main.conf", "a = 1\nc { y = 2 }\ninclude \"sub/inner.conf\"\nb = 3");

        var config = HoconParser.ParseFile(main).Resolve();

        Assert.Equal(3, config.GetInt("b")); // "the including file's value would override"
        Assert.Equal(1, config.GetInt("c.x"));
        Assert.Equal(2, config.GetInt("c.y")); // "the included key's value overrides or merges with the earlier value"
    }

    [Fact] // "If you include "foo.conf" in an object at key a, however, then it must be fixed up to be ${a.x} rather than ${x}." / "it's necessary to look up the original path as well."
    public void Substitutions_in_included_files_are_fixed_up_then_fall_back_to_the_root()
    {
        Write("foo.conf", "{ x : 10, y : ${x}, z : ${top} }");
        var main = Write("main.conf", "top = root\na : { include \"foo.conf\" }\na : { x : 42 }");

        var config = HoconParser.ParseFile(main).Resolve();

        Assert.Equal(42, config.GetInt("a.y"));
        Assert.Equal("root", config.GetString("a.z"));
    }

    [Fact] // "if an included file does not exist then the include statement should be silently ignored" / "file parsing will fail with an error if the resource cannot be resolved."
    public void Missing_includes_are_ignored_unless_required()
    {
        var optional = Write("o.conf", "a = 1\ninclude \"absent.conf\"\ninclude file(\"absent2.conf\")");
        var required = Write("r.conf", "a = 1\ninclude required(\"absent.conf\")");

        Assert.Equal(1, HoconParser.ParseFile(optional).Resolve().GetInt("a"));
        var e = Assert.Throws<ConfigParseException>(() => HoconParser.ParseFile(required));
        Assert.Equal(2, e.Origin!.Line);
        Assert.Contains("absent.conf", e.Message, StringComparison.Ordinal);
    }

    [Fact] // "include required(file("foo.conf"))" / "whitespace is allowed inside the parentheses"
    public void Required_file_syntax_with_whitespace_is_accepted()
    {
        Write("foo.conf", "v = ok");
        var main = Write("main.conf", "include required( file( \"foo.conf\" ) )");

        Assert.Equal("ok", HoconParser.ParseFile(main).Resolve().GetString("v"));
    }

    [Fact] // "If a filename has no extension, the implementation should treat it as a basename and try loading the file with all known extensions."
    public void Include_without_extension_loads_json_and_conf_with_conf_winning()
    {
        Write("both.json", "{ \"a\" : 1, \"b\" : 1 }");
        Write("both.conf", "b = 2");
        var main = Write("main.conf", "include \"both\"");

        var config = HoconParser.ParseFile(main).Resolve();

        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal(2, config.GetInt("b"));
    }

    [Fact] // "If an included file contains an array as the root value, it is invalid and an error should be generated."
    public void Included_array_root_is_rejected()
    {
        Write("list.json", "[1, 2]");
        var main = Write("main.conf", "include \"list.json\"");

        var e = Assert.Throws<ConfigParseException>(() => HoconParser.ParseFile(main));

        Assert.EndsWith("list.json", e.Origin!.Description, StringComparison.Ordinal);
    }

    [Fact] // "the next value must be a quoted string" / "No substitutions are allowed, and the argument may not be an unquoted string"
    public void Include_of_unquoted_name_is_rejected()
    {
        Assert.Throws<ConfigParseException>(() => HoconParser.Parse("include foo.conf"));
        Assert.Throws<ConfigParseException>(() => HoconParser.Parse("include file(foo.conf)"));
    }

    [Fact]
    public void A_file_including_itself_stops_with_an_error()
    {
        var main = Write("loop.conf", "a = 1\ninclude \"loop.conf\"");

        var e = Assert.Throws<ConfigParseException>(() => HoconParser.ParseFile(main));

        Assert.Contains("deep", e.Message, StringComparison.Ordinal);
    }
}
