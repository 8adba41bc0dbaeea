using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>Immutability and rendering.</summary>
public sealed class ConfigRenderingTests
{
    [Fact]
    public void WithFallback_and_Resolve_return_new_configs_and_leave_the_original_alone()
    {
        var original = HoconParser.Parse("a = 1\nb = ${a}");

        var merged = original.WithFallback(HoconParser.Parse("c = 3")).Resolve();

        Assert.False(original.IsResolved);
        Assert.False(original.HasPath("c"));
        Assert.True(merged.IsResolved);
        Assert.Equal(1, merged.GetInt("b"));
        Assert.Same(merged, merged.Resolve());
    }

    [Fact]
    public void ToHocon_renders_nested_objects_lists_and_quoted_keys_that_parse_back()
    {
        var config = Hocon.Resolve("maiev.http { host = \"0.0.0.0\", port = 80 }\n\"a.b\" = [1, x, true, null]\nempty {}");

        var text = config.ToHocon(maskSecrets: false);

        Assert.Equal("maiev {\n  http {\n    host = \"0.0.0.0\"\n    port = 80\n  }\n}\n\"a.b\" = [1, \"x\", true, null]\nempty {\n}\n", text);
        Assert.Equal(config.ToJson(), HoconParser.Parse(text).ToJson());
    }

    [Fact]
    public void HasPath_through_a_non_object_is_false()
    {
        Assert.False(Hocon.Resolve("a = 1").HasPath("a.b"));
        Assert.Throws<ConfigWrongTypeException>(() => Hocon.Resolve("a = 1").GetString("a.b"));
    }
}
