using Maiev.Actors.Rules;

namespace Maiev.Actors.Tests.Rules;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("25s", 25)]
    [InlineData("1 minutes", 60)]
    [InlineData("0 d 0 h 0 m 20 s", 20)]
    [InlineData("1h30m", 5400)]
    [InlineData("1.5 hours", 5400)]
    [InlineData("2 days, 3 hours", 183600)]
    [InlineData("1 week", 604800)]
    [InlineData("4:13", 253)]
    [InlineData("1:04:13", 3853)]
    [InlineData("42", 42)]
    [InlineData("250ms", 0.25)]
    [InlineData("1 min and 5 secs", 65)]
    public void Durations_read_maiev_forms(string text, double seconds)
    {
        Assert.True(DurationText.TryParse(text, out var duration), $"'{text}' should parse");
        Assert.Equal(seconds, duration.TotalSeconds, 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("5 fortnights")]
    [InlineData("1:2:3:4")]
    [InlineData("s")]
    public void Non_durations_are_refused(string text)
    {
        Assert.False(DurationText.TryParse(text, out _));
    }
}
