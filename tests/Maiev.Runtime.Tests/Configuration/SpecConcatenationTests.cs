using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>HOCON.md "Value concatenation" and its notes.</summary>
public sealed class SpecConcatenationTests
{
    [Fact] // "As long as simple values are separated only by non-newline whitespace, the whitespace between them is preserved" / "the leading and trailing whitespace is trimmed"
    public void Simple_values_join_with_inner_whitespace_kept()
    {
        Assert.Equal("foo  bar baz", Hocon.Resolve("a =   foo  bar baz   ").GetString("a"));
    }

    [Fact] // "numbers should be kept as they were originally written in the file." / "null becomes the string "null"."
    public void Numbers_concatenate_as_written()
    {
        Assert.Equal("1e5 null true 1.0", Hocon.Resolve("a = 1e5 null true 1.0").GetString("a"));
    }

    [Fact] // "a substitution is replaced with its value which is then converted to a string as above."
    public void Substitutions_join_into_strings()
    {
        var config = Hocon.Resolve("animal.favorite = dog\nkey : ${animal.favorite} is my favorite animal\nq : ${animal.favorite}\" is quoted\"");

        Assert.Equal("dog is my favorite animal", config.GetString("key"));
        Assert.Equal("dog is quoted", config.GetString("q"));
    }

    [Theory] // "Here are several ways to define a to the same object value"
    [InlineData("a : { b : 1, c : 2 }")]
    [InlineData("a : { b : 1 } { c : 2 }")]
    [InlineData("a : { b : 1 }\na : { c : 2 }")]
    public void Objects_concatenate_by_merging(string text)
    {
        Assert.Equal("{\"a\":{\"b\":1,\"c\":2}}", Hocon.Json(text));
    }

    [Theory] // "Here are several ways to define a to the same array value"
    [InlineData("a : [ 1, 2, 3, 4 ]")]
    [InlineData("a : [ 1, 2 ] [ 3, 4 ]")]
    [InlineData("a : [ 1, 2 ]\na : ${a} [ 3, 4 ]")]
    public void Arrays_concatenate(string text)
    {
        Assert.Equal("{\"a\":[1,2,3,4]}", Hocon.Json(text));
    }

    [Fact] // "data-center-east = ${data-center-generic} { name = "east" }"
    public void Object_concatenation_gives_inheritance()
    {
        var config = Hocon.Resolve("data-center-generic = { cluster-size = 6 }\ndata-center-east = ${data-center-generic} { name = \"east\" }");

        Assert.Equal(6, config.GetInt("data-center-east.cluster-size"));
        Assert.Equal("east", config.GetString("data-center-east.name"));
    }

    [Fact] // "Arrays can be concatenated with arrays, and objects with objects, but it is an error if they are mixed."
    public void Mixing_arrays_objects_and_strings_is_an_error()
    {
        Assert.Throws<ConfigParseException>(() => HoconParser.Parse("a = [1] { b : 2 }"));
        Assert.Throws<ConfigParseException>(() => HoconParser.Parse("a = foo [1]"));
        Assert.Throws<ConfigWrongTypeException>(() => Hocon.Resolve("x = [1]\na = ${x} foo"));
    }

    [Fact] // "Unquoted whitespace must be ignored in between substitutions which resolve to objects or lists. Quoted whitespace should be an error."
    public void Whitespace_between_list_substitutions_is_ignored_but_quoted_whitespace_is_an_error()
    {
        Assert.Equal("{\"x\":[1],\"y\":[2],\"a\":[1,2]}", Hocon.Json("x = [1]\ny = [2]\na = ${x} ${y}"));
        Assert.Equal("A B", Hocon.Resolve("x = A\ny = B\na = ${x} ${y}").GetString("a"));
        Assert.Throws<ConfigWrongTypeException>(() => Hocon.Resolve("x = [1]\ny = [2]\na = ${x} \" \" ${y}"));
    }

    [Fact] // "this is an array with one element, the string "1 2 3 4"" / "an array of one element, the array [ 1, 2, 3, 4 ]"
    public void Arrays_without_commas_or_newlines_concatenate_elements()
    {
        var config = Hocon.Resolve("a = [ 1 2 3 4 ]\nb = [ [ 1, 2 ] [ 3, 4 ] ]\nc = [ [ 1, 2 ]\n [ 3, 4 ] ]");

        Assert.Equal(new[] { "1 2 3 4" }, config.GetStringList("a"));
        Assert.Single(config.GetList("b"));
        Assert.Equal(2, config.GetList("c").Count);
    }

    [Fact] // "String value concatenations never span a newline"
    public void A_newline_ends_a_concatenation()
    {
        var e = Assert.Throws<ConfigParseException>(() => HoconParser.Parse("a = foo\nbar"));

        Assert.Equal(2, e.Origin!.Line);
    }
}
