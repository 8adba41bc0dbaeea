using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>HOCON.md "Path expressions" and "Paths as keys".</summary>
public sealed class SpecPathTests
{
    [Fact] // "foo.bar."hello.world" would be a path with three elements"
    public void Dots_inside_quotes_are_not_separators()
    {
        var config = Hocon.Resolve("foo.bar.\"hello.world\" = 1");

        Assert.Equal(1, config.GetConfig("foo.bar").GetInt("\"hello.world\""));
    }

    [Fact] // "10.0foo ... should be the two-element path with 10 and 0foo" / "foo"10.0" ... single-element path" / "1.2.3 is the three-element path"
    public void Numbers_in_keys_keep_their_original_text()
    {
        var config = Hocon.Resolve("10.0foo = a\nfoo\"10.0\" = b\n1.2.3 = c");

        Assert.Equal("a", config.GetString("10.0foo"));
        Assert.Equal("b", config.GetString("\"foo10.0\""));
        Assert.Equal("c", config.GetString("1.2.3"));
    }

    [Fact] // "true : 42 is "true" : 42" / "3 : 42 is "3" : 42" / "3.14 : 42 is "3" : { "14" : 42 }"
    public void Path_expressions_are_always_strings()
    {
        Assert.Equal("{\"true\":42,\"3\":{\"14\":42}}", Hocon.Json("true : 42\n3 : 41\n3.14 : 42"));
    }

    [Fact] // "a."".b is a valid path with three elements" / "a..b is invalid and should generate an error."
    public void Empty_path_elements_must_be_quoted()
    {
        Assert.Equal("{\"a\":{\"\":{\"b\":1}}}", Hocon.Json("a.\"\".b = 1"));
        Assert.Throws<ConfigParseException>(() => HoconParser.Parse("a..b = 1"));
        Assert.Throws<ConfigParseException>(() => HoconParser.Parse(".a = 1"));
        Assert.Throws<ConfigParseException>(() => HoconParser.Parse("a. = 1"));
    }

    [Fact] // "foo.bar.baz : 42 is equivalent to: foo { bar { baz : 42 } }" / "a.x : 42, a.y : 43 is equivalent to: a { x : 42, y : 43 }"
    public void Path_keys_expand_to_nested_objects_and_merge()
    {
        Assert.Equal(Hocon.Json("foo { bar { baz : 42 } }\na { x : 42, y : 43 }"), Hocon.Json("foo.bar.baz : 42\na.x : 42, a.y : 43"));
    }

    [Fact] // "a b c : 42 is equivalent to: "a b c" : 42"
    public void Whitespace_inside_keys_is_kept()
    {
        Assert.Equal(42, Hocon.Resolve("a b c : 42").GetInt("\"a b c\""));
    }

    [Fact] // "It may appear later in the key: { foo include : 42 }" / "{ "include" : 42 }"
    public void Include_is_only_special_at_the_start_of_an_unquoted_key()
    {
        var config = Hocon.Resolve("{ foo include : 42, \"include\" : 43, v : include, l : [ include ] }");

        Assert.Equal(42, config.GetInt("\"foo include\""));
        Assert.Equal(43, config.GetInt("\"include\""));
        Assert.Equal("include", config.GetString("v"));
        Assert.Equal(new[] { "include" }, config.GetStringList("l"));
    }

    [Fact] // "they are not allowed in keys or nested inside other substitutions"
    public void Substitutions_are_rejected_in_keys_and_inside_substitutions()
    {
        Assert.Throws<ConfigParseException>(() => HoconParser.Parse("${a} = 1"));
        Assert.Throws<ConfigParseException>(() => HoconParser.Parse("a${b} = 1"));
        Assert.Throws<ConfigParseException>(() => HoconParser.Parse("a = ${b${c}}"));
    }
}
