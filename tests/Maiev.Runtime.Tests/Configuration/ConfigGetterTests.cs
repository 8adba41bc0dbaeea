using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>HOCON.md "API Recommendations": type conversions, durations, sizes, numeric-key lists, merging.</summary>
public sealed class ConfigGetterTests
{
    [Theory] // "ns, nano, nanos ..." through "d, day, days"; "bare numbers are taken to be in milliseconds"
    [InlineData("250", 250 * TimeSpan.TicksPerMillisecond)]
    [InlineData("\"250\"", 250 * TimeSpan.TicksPerMillisecond)]
    [InlineData("100ns", 1)]
    [InlineData("3 us", 30)]
    [InlineData("1.5s", 15_000_000)]
    [InlineData("2 minutes", 2 * TimeSpan.TicksPerMinute)]
    [InlineData("1h", TimeSpan.TicksPerHour)]
    [InlineData("7 days", 7 * TimeSpan.TicksPerDay)]
    public void Durations_accept_every_unit(string value, long ticks)
    {
        Assert.Equal(TimeSpan.FromTicks(ticks), Hocon.Resolve("d = " + value).GetDuration("d"));
    }

    [Theory] // "The supported unit strings for duration are case sensitive and must be lowercase."
    [InlineData("10S")]
    [InlineData("10 fortnights")]
    [InlineData("ten s")]
    public void Bad_durations_are_rejected(string value)
    {
        var e = Assert.Throws<ConfigBadValueException>(() => Hocon.Resolve("d = " + value).GetDuration("d"));

        Assert.Equal("d", e.Path);
    }

    [Theory] // "For powers of ten ... kB" / "For powers of two ... K, k, Ki, KiB" / "bare numbers are taken to be in bytes"
    [InlineData("1024", 1024L)]
    [InlineData("10kB", 10_000L)]
    [InlineData("10K", 10_240L)]
    [InlineData("1 KiB", 1024L)]
    [InlineData("512MiB", 512L * 1024 * 1024)]
    [InlineData("2 gigabytes", 2_000_000_000L)]
    [InlineData("1TB", 1_000_000_000_000L)]
    [InlineData("1 tebibyte", 1024L * 1024 * 1024 * 1024)]
    [InlineData("1 bytes", 1L)]
    public void Sizes_accept_decimal_and_binary_units(string value, long bytes)
    {
        Assert.Equal(bytes, Hocon.Resolve("s = " + value).GetBytes("s"));
    }

    [Fact] // "any value in zetta/zebi or yotta/yobi will overflow a 64-bit integer"
    public void Overflowing_size_is_a_bad_value()
    {
        Assert.Throws<ConfigBadValueException>(() => Hocon.Resolve("s = 1 YiB").GetBytes("s"));
    }

    [Fact] // "Automatic type conversions": numbers and booleans to string, numeric strings to numbers, "yes"/"on" to true
    public void Automatic_type_conversions()
    {
        var config = Hocon.Resolve("n = 42\nb = true\ns = \"17\"\ny = yes\noff = off\nd = \"2.5\"");

        Assert.Equal("42", config.GetString("n"));
        Assert.Equal("true", config.GetString("b"));
        Assert.Equal(17, config.GetInt("s"));
        Assert.True(config.GetBoolean("y"));
        Assert.False(config.GetBoolean("off"));
        Assert.Equal(2.5, config.GetDouble("d"));
        Assert.Throws<ConfigBadValueException>(() => config.GetInt("d"));
        Assert.Throws<ConfigWrongTypeException>(() => config.GetBoolean("n"));
    }

    [Fact] // "the conversion should sort by the integer value of each key" / "ignore any keys which do not parse as positive integers"
    public void Objects_with_integer_keys_read_as_lists()
    {
        var config = Hocon.Resolve("foo.2 = c\nfoo.0 = a\nfoo.x = ignored\nfoo.10 = d\nbar = [z] ${foo}");

        Assert.Equal(new[] { "a", "c", "d" }, config.GetStringList("foo"));
        Assert.Equal(new[] { "z", "a", "c", "d" }, config.GetStringList("bar"));
    }

    [Fact]
    public void Int_out_of_range_is_a_bad_value()
    {
        Assert.Throws<ConfigBadValueException>(() => Hocon.Resolve("n = 3000000000").GetInt("n"));
        Assert.Equal(3_000_000_000L, Hocon.Resolve("n = 3000000000").GetLong("n"));
    }

    [Fact] // "Config object merging and file merging": values here win, objects merge, substitutions see the merged tree
    public void WithFallback_layers_and_resolves_against_the_merged_tree()
    {
        var reference = HoconParser.Parse("http { host = 127.0.0.1, port = 5080 }\nurl = \"http://\"${http.host}\":\"${http.port}");
        var app = HoconParser.Parse("http.port = 9000");

        var config = app.WithFallback(reference).Resolve();

        Assert.Equal("http://127.0.0.1:9000", config.GetString("url"));
        Assert.Equal("127.0.0.1", config.GetString("http.host"));
    }

    [Fact]
    public void HasPath_is_false_for_missing_and_null()
    {
        var config = Hocon.Resolve("a { b = null, c = 1 }");

        Assert.True(config.HasPath("a.c"));
        Assert.False(config.HasPath("a.b"));
        Assert.False(config.HasPath("a.z.y"));
        Assert.Throws<ConfigMissingException>(() => config.GetString("a.b"));
        Assert.Equal(1, config.GetConfig("a").GetInt("c"));
    }
}
