using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>Documents that must be rejected, each with an error at the offending line and column.</summary>
public sealed class InvalidDocumentTests
{
    public static TheoryData<string, int, int, string> Documents => new()
    {
        { "a = [1,2\nb=1", 2, 2, "after a list element" },
        { "a = \"abc", 1, 5, "not closed" },
        { "a { b = 1 ", 1, 11, "expected '}'" },
        { "a = 1 b = 2", 1, 9, "after a field" },
        { "a = [1] {b:1}", 1, 9, "cannot concatenate a list with an object" },
        { "x = 1\ny = \"\\q\"", 2, 6, "invalid escape" },
        { "a : b : c", 1, 7, "after a field" },
        { "include foo", 1, 1, "include must be followed" },
        { "a = ${?", 1, 8, "not closed" },
        { "a = $x", 1, 5, "'$' must start a substitution" },
        { "a = 1+2", 1, 6, "'+' is only allowed" },
        { "{a:1} b", 1, 7, "after the root object" },
        { "a = 1\n}", 2, 1, "unbalanced '}'" },
        { "[1, 2]", 1, 1, "root of a document must be an object" },
        { "a = [1,,2]", 1, 8, "element is missing" },
        { "a = {\n  b = 1,,\n}", 2, 9, "two commas" },
        { "a..b = 1", 1, 1, "empty element" },
        { "a = \n", 2, 1, "expected a value" },
        { "a = \"x\ny\"", 1, 7, "newline inside a quoted string" },
        { "a = \"\"\"never closed", 1, 5, "triple-quoted string is not closed" },
        { "a = b@c", 1, 6, "reserved character" },
        { "key ${x} = 1", 1, 5, "not allowed in keys" },
        { "a = \"\\u12\"", 1, 6, "four hexadecimal digits" },
        { "a = ${b\nc}", 1, 8, "on one line" },
        { "a = ${}", 1, 5, "needs a path" },
        { "a\n  = 1\nb", 3, 2, "expected ':'" },
        { "a = [1, 2", 1, 10, "expected ']'" },
        { "a = 01x]", 1, 8, "after a field" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Invalid_document_is_rejected_at_the_offending_character(string text, int line, int column, string reason)
    {
        var e = Assert.Throws<ConfigParseException>(() => HoconParser.Parse(text, "bad.conf"));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Equal($"bad.conf:{line}:{column}", e.Origin!.ToString());
    }

    [Fact]
    public void Missing_key_names_the_full_path()
    {
        var config = Hocon.Resolve("maiev.http { host = x }");

        var e = Assert.Throws<ConfigMissingException>(() => config.GetInt("maiev.http.port"));

        Assert.Equal("maiev.http.port", e.Path);
        Assert.Contains("maiev.http.port", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_type_says_what_was_expected_and_found_and_where()
    {
        var config = HoconParser.Parse("a {\n  port = [1]\n}", "x.conf").Resolve();

        var e = Assert.Throws<ConfigWrongTypeException>(() => config.GetInt("a.port"));

        Assert.Contains("expected a number but found a list", e.Message, StringComparison.Ordinal);
        Assert.Equal("x.conf:2:10", e.Origin!.ToString());
        Assert.Equal("a.port", e.Path);
    }

    [Fact]
    public void Reading_a_substitution_before_resolve_is_an_error()
    {
        var config = HoconParser.Parse("a = ${b}\nb = 1");

        var e = Assert.Throws<ConfigResolveException>(() => config.GetInt("a"));

        Assert.Contains("Resolve()", e.Message, StringComparison.Ordinal);
    }
}
