using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Infrastructure;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("10m", 600)]
    [InlineData("1.5h", 5400)]
    [InlineData("300 ms", 0.3)]
    [InlineData("2 days", 172800)]
    [InlineData(" 1 minute ", 60)]
    public void TryParse_reads_HOCON_units(string text, double seconds)
    {
        Assert.True(DurationText.TryParse(text, out var duration, out var error), error);
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("10")]
    [InlineData("10 fortnights")]
    [InlineData("-5s")]
    [InlineData("0m")]
    [InlineData("")]
    public void TryParse_refuses_what_is_not_a_positive_duration_and_says_why(string text)
    {
        Assert.False(DurationText.TryParse(text, out _, out var error));
        Assert.Contains($"'{text}'", error, StringComparison.Ordinal);
    }
}
