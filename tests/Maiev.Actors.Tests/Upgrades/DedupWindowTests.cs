using Maiev.Actors.Upgrades;

namespace Maiev.Actors.Tests.Upgrades;

public sealed class DedupWindowTests
{
    [Fact]
    public void Add_remembers_an_id_once_and_forgets_the_oldest_beyond_capacity()
    {
        var window = new DedupWindow(2);

        Assert.True(window.Add("a"));
        Assert.False(window.Add("a"));
        Assert.True(window.Add("b"));
        Assert.True(window.Add("c"));

        Assert.False(window.Contains("a"));
        Assert.Equal(["b", "c"], window.Ids);
        Assert.True(window.Add("a"));
    }

    [Fact]
    public void A_window_must_hold_at_least_one_id() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DedupWindow(0));
}
