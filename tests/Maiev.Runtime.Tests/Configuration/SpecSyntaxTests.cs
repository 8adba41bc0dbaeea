using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>HOCON.md "Syntax": comments, root braces, separators, commas, whitespace, duplicate keys.</summary>
public sealed class SpecSyntaxTests
{
    [Fact] // "Anything between // or # and the next newline is considered a comment and ignored, unless the // or # is inside a quoted string."
    public void Comments_are_ignored_except_inside_quoted_strings()
    {
        var config = Hocon.Resolve("a = 1 // one\nb = \"x // y # z\" # two\n# c = 3");

        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal("x // y # z", config.GetString("b"));
        Assert.False(config.HasPath("c"));
    }

    [Fact] // "if the file does not begin with a square bracket or curly brace, it is parsed as if it were enclosed with {} curly braces."
    public void Root_braces_may_be_omitted()
    {
        Assert.Equal(Hocon.Json("{ a : 1, b : { c : 2 } }"), Hocon.Json("a : 1, b : { c : 2 }"));
    }

    [Fact] // "A HOCON file is invalid if it omits the opening { but still has a closing }"
    public void Unbalanced_closing_brace_is_rejected()
    {
        var e = Assert.Throws<ConfigParseException>(() => HoconParser.Parse("a : 1\n}"));

        Assert.Equal(2, e.Origin!.Line);
        Assert.Equal(1, e.Origin.Column);
    }

    [Fact] // "The = character can be used anywhere JSON allows :" / "If a key is followed by {, the : or = may be omitted."
    public void Equals_and_omitted_separator_before_brace_mean_colon()
    {
        Assert.Equal(Hocon.Json("{ \"foo\" : {}, \"bar\" : 1 }"), Hocon.Json("\"foo\" {}\nbar = 1"));
    }

    [Theory] // "[1,2,3,] and [1,2,3] are the same array." / "[1\n2\n3] and [1,2,3] are the same array." / "these same comma rules apply to fields in objects."
    [InlineData("a = [1,2,3,]")]
    [InlineData("a = [1\n2\n3]")]
    [InlineData("a = [\n1,\n2\n3\n]")]
    public void Newlines_and_a_single_trailing_comma_separate_elements(string text)
    {
        Assert.Equal(new[] { "1", "2", "3" }, Hocon.Resolve(text).GetStringList("a"));
    }

    [Theory] // "[1,2,3,,] is invalid" / "[,1,2,3] is invalid" / "[1,,2,3] is invalid" / "these same comma rules apply to fields in objects."
    [InlineData("a = [1,2,3,,]")]
    [InlineData("a = [,1,2,3]")]
    [InlineData("a = [1,,2,3]")]
    [InlineData("{ a : 1,, b : 2 }")]
    [InlineData("{ , a : 1 }")]
    public void Extra_commas_are_rejected(string text)
    {
        Assert.Throws<ConfigParseException>(() => HoconParser.Parse(text));
    }

    [Fact] // "any Unicode space separator (Zs category) ... including nonbreaking spaces ... The BOM (0xFEFF) must also be treated as whitespace."
    public void Unicode_separators_and_the_bom_are_whitespace()
    {
        var config = Hocon.Resolve("\uFEFFa\u00A0=\u2007 1\u202F\n\u001Cb\t:\v2\f");

        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal(2, config.GetInt("b"));
    }

    [Fact] // "duplicate keys that appear later override those that appear earlier, unless both values are objects. If both values are objects, then the objects are merged."
    public void Duplicate_keys_override_or_merge()
    {
        Assert.Equal("{\"foo\":{\"a\":42,\"b\":43},\"x\":2}", Hocon.Json("foo : { a : 42 }, foo : { b : 43 }, x : 1, x : 2"));
    }

    [Fact] // "The intermediate setting of "foo" to null prevents the object merge."
    public void Null_between_objects_prevents_merging()
    {
        Assert.Equal("{\"foo\":{\"b\":43}}", Hocon.Json("{ \"foo\" : { \"a\" : 42 }, \"foo\" : null, \"foo\" : { \"b\" : 43 } }"));
    }

    [Fact] // "truefoo parses as the boolean token true followed by the unquoted string foo. However, footrue parses as the unquoted string footrue."
    public void Unquoted_strings_continue_until_a_forbidden_character()
    {
        var config = Hocon.Resolve("a = truefoo\nb = footrue\nc = 10.0bar\nd = bar10.0\ne = a/b-c_d~e(f)");

        Assert.Equal("truefoo", config.GetString("a"));
        Assert.Equal("footrue", config.GetString("b"));
        Assert.Equal("10.0bar", config.GetString("c"));
        Assert.Equal("bar10.0", config.GetString("d"));
        Assert.Equal("a/b-c_d~e(f)", config.GetString("e"));
    }

    [Fact] // "A single value is never converted to a string. ... that should be parsed as a boolean-typed value."
    public void Single_literals_keep_their_type()
    {
        var config = Hocon.Resolve("t = true\nn = null\ni = 42\nf = -1.5e3");

        Assert.Equal(ConfigValueType.Boolean, config.Root.Fields["t"].ValueType);
        Assert.Equal(ConfigValueType.Null, config.Root.Fields["n"].ValueType);
        Assert.Equal(42L, config.GetLong("i"));
        Assert.Equal(-1500d, config.GetDouble("f"));
    }

    [Fact] // "any sequence of at least three quotes ends the multi-line string, and any "extra" quotes are part of the string."
    public void Triple_quoted_strings_are_raw_and_keep_extra_quotes()
    {
        var config = Hocon.Resolve("a = \"\"\"line1\n  \\n \"x\" \"\"\"\"\nb = 1");

        Assert.Equal("line1\n  \\n \"x\" \"", config.GetString("a"));
        Assert.Equal(1, config.GetInt("b"));
    }

    [Fact] // "quoted strings are in the same format as JSON strings"
    public void Quoted_strings_use_json_escapes()
    {
        Assert.Equal("\"\\/\b\f\n\r\t\u00e9", Hocon.Resolve("a = \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\"").GetString("a"));
    }
}
