using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>HOCON.md "Substitutions", "Self-Referential Substitutions" and "The += field separator".</summary>
public sealed class SpecSubstitutionTests
{
    [Fact] // "a substitution can look forward in the configuration." / "If the substitution is the only part of a value, then the type is preserved."
    public void Substitutions_look_forward_and_keep_the_type()
    {
        var config = Hocon.Resolve("a = ${b}\nb = { c = 42 }\nd = ${b.c}");

        Assert.Equal(42, config.GetInt("a.c"));
        Assert.Equal(ConfigValueType.Number, config.Root.Fields["d"].ValueType);
    }

    [Fact] // "the substitution will always evaluate to its latest-assigned value"
    public void Substitutions_see_the_latest_assignment()
    {
        Assert.Equal(2, Hocon.Resolve("x = 1\na = ${x}\nx = 2").GetInt("a"));
    }

    [Fact] // "An undefined substitution with the ${foo} syntax is invalid and should generate an error."
    public void Undefined_substitution_names_the_path_and_origin()
    {
        var e = Assert.Throws<ConfigResolveException>(() => Hocon.Resolve("a = 1\nb = ${nope.x}"));

        Assert.Equal("nope.x", e.Path);
        Assert.Equal(2, e.Origin!.Line);
        Assert.Equal(5, e.Origin.Column);
    }

    [Fact] // "if it is the value of an object field then the field should not be created. If the field would have overridden a previously-set value for the same field, then the previous value remains."
    public void Undefined_optional_substitution_removes_the_field_or_keeps_the_previous_value()
    {
        var config = Hocon.Resolve("a = ${?nope}\nb = 10\nb = ${?nope}\nc = ${?x}${?y}\nl = [1, ${?nope}, 2]\ns = foo${?nope}\no = { x : 1 } ${?nope}");

        Assert.False(config.HasPath("a"));
        Assert.Equal(10, config.GetInt("b"));
        Assert.False(config.HasPath("c"));
        Assert.Equal(new[] { "1", "2" }, config.GetStringList("l"));
        Assert.Equal("foo", config.GetString("s"));
        Assert.Equal(1, config.GetInt("o.x"));
    }

    [Fact] // "path : "a:b:c"  path : ${path}":d""
    public void Self_reference_looks_back_at_the_previous_value()
    {
        Assert.Equal("a:b:c:d", Hocon.Resolve("path : \"a:b:c\"\npath : ${path}\":d\"").GetString("path"));
    }

    [Fact] // "foo : ${foo} // an error" / "foo : ${?foo} // this field just disappears silently"
    public void Self_reference_without_earlier_value_is_undefined()
    {
        var e = Assert.Throws<ConfigResolveException>(() => Hocon.Resolve("foo : ${foo}"));

        Assert.Contains("no earlier value", e.Message, StringComparison.Ordinal);
        Assert.False(Hocon.Resolve("foo : ${?foo}").HasPath("foo"));
    }

    [Fact] // "foo : ${does-not-exist}  foo : 42 ... no error will be reported" / "The same is true for cycles like foo : ${foo}, foo : 42"
    public void Hidden_substitutions_are_never_evaluated()
    {
        Assert.Equal(42, Hocon.Resolve("foo : ${does-not-exist}\nfoo : 42").GetInt("foo"));
        Assert.Equal(42, Hocon.Resolve("foo : ${foo}, foo : 42").GetInt("foo"));
    }

    [Fact] // "Here, ${foo.a} would refer to { c : 1 } rather than 2 and so the final merge would be { a : 2, c : 1 }."
    public void Self_reference_inside_a_path_looks_below()
    {
        Assert.Equal("{\"foo\":{\"a\":2,\"c\":1}}", Hocon.Json("foo : { a : { c : 1 } }\nfoo : ${foo.a}\nfoo : { a : 2 }"));
    }

    [Fact] // "To make this clearer, bar.baz would be 43 in: ..."
    public void Objects_may_refer_to_paths_within_themselves()
    {
        Assert.Equal(43, Hocon.Resolve("bar : { foo : 42,\n baz : ${bar.foo}\n }\nbar : { foo : 43 }").GetInt("bar.baz"));
    }

    [Fact] // "// bar.a should end up as 4 ... // foo.c should end up as 3"
    public void Mutually_referring_objects_look_forward()
    {
        var config = Hocon.Resolve("bar : { a : ${foo.d}, b : 1 }\nbar.b = 3\nfoo : { c : ${bar.b}, d : 2 }\nfoo.d = 4");

        Assert.Equal(4, config.GetInt("bar.a"));
        Assert.Equal(3, config.GetInt("foo.c"));
    }

    [Fact] // "in this example a should be foo not foofoo"
    public void Optional_self_reference_in_concatenation_looks_back_to_nothing()
    {
        Assert.Equal("foo", Hocon.Resolve("a = ${?a}foo").GetString("a"));
    }

    [Theory] // "bar : ${foo}  foo : ${bar}" / "A multi-step loop like this should also be detected as invalid" / "a : { b : ${a} }" / "a : [${a}]"
    [InlineData("bar : ${foo}\nfoo : ${bar}", "${bar}")]
    [InlineData("a : ${b}\nb : ${c}\nc : ${a}", "${c}")]
    [InlineData("a : { b : ${a} }", "cycle")]
    [InlineData("a : [${a}]", "cycle")]
    public void Cycles_are_detected_and_named(string text, string named)
    {
        var e = Assert.Throws<ConfigResolveException>(() => Hocon.Resolve(text));

        Assert.Contains("cycle", e.Message, StringComparison.Ordinal);
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact] // "Implementations must set both a and b to the same value in this case"
    public void Order_dependent_pair_resolves_to_one_value()
    {
        var config = Hocon.Resolve("a : 1\nb : 2\na : ${b}\nb : ${a}");

        Assert.Equal(config.GetInt("a"), config.GetInt("b"));
    }

    [Fact] // "a += b becomes: a = ${?a} [b]" / "which allows a += b to be the first mention of a"
    public void Plus_equals_appends_to_a_list()
    {
        var config = Hocon.Resolve("a += 1\na += 2\nb = [x]\nb += y\nc { d += 1 }");

        Assert.Equal(new[] { "1", "2" }, config.GetStringList("a"));
        Assert.Equal(new[] { "x", "y" }, config.GetStringList("b"));
        Assert.Equal(new[] { "1" }, config.GetStringList("c.d"));
        Assert.Throws<ConfigWrongTypeException>(() => Hocon.Resolve("a = 1\na += 2"));
    }

    [Fact] // "implementations may try to resolve them by looking at system environment variables" / "If a configuration sets a value to null then it should not be looked up in the external source."
    public void Environment_fallback_only_when_enabled_and_not_for_null()
    {
        var env = new Dictionary<string, string> { ["HOME"] = "/home/me", ["USER"] = "me" };
        var config = HoconParser.Parse("home = ${HOME}\nUSER = null\nuser = ${?USER}");

        Assert.Throws<ConfigResolveException>(() => config.Resolve());
        var resolved = config.Resolve(ConfigResolveOptions.WithEnvironment(env));
        Assert.Equal("/home/me", resolved.GetString("home"));
        Assert.False(resolved.HasPath("user"));
    }
}
