using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>Hostile nesting ends in a ConfigException, never a stack overflow.</summary>
public sealed class DepthLimitTests
{
    [Theory]
    [InlineData(100_000, "[", "]")]
    [InlineData(100_000, "a {", "}")]
    [InlineData(100_000, "{ a : ", "}")]
    public void Deep_nesting_is_rejected(int depth, string open, string close)
    {
        var text = "x = " + string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth));

        var e = Assert.Throws<ConfigParseException>(() => HoconParser.Parse(text));

        Assert.Contains("nesting is deeper", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_path_keys_inside_nested_objects_count_towards_the_limit()
    {
        var key = string.Join('.', Enumerable.Repeat("k", 150));
        var text = string.Concat(Enumerable.Repeat(key + " { ", 50)) + "v = 1" + string.Concat(Enumerable.Repeat(" }", 50));

        Assert.Throws<ConfigParseException>(() => HoconParser.Parse(text));
    }

    [Fact]
    public void Long_substitution_chains_end_in_a_resolve_error()
    {
        var text = string.Join('\n', Enumerable.Range(0, 5_000).Select(i => $"a{i} = ${{a{i + 1}}}")) + "\na5000 = done";

        var e = Record.Exception(() => Hocon.Resolve(text));

        Assert.True(e is null or ConfigResolveException, $"expected success or ConfigResolveException, got {e}");
        if (e is null)
            Assert.Equal("done", Hocon.Resolve(text).GetString("a0"));
    }
}
