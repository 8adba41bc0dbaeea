using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class ManualTimeProviderTests
{
    [Fact]
    public void Advance_fires_due_timers_in_order_and_periodic_ones_per_period()
    {
        var clock = new ManualTimeProvider();
        var fired = new List<string>();
        var start = clock.GetUtcNow();
        using var periodic = clock.CreateTimer(_ => fired.Add($"p@{(clock.GetUtcNow() - start).TotalSeconds}"), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
        using var single = clock.CreateTimer(_ => fired.Add($"s@{(clock.GetUtcNow() - start).TotalSeconds}"), null, TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(["p@2", "s@3", "p@4", "p@6"], fired);
        Assert.Equal(start + TimeSpan.FromSeconds(7), clock.GetUtcNow());
    }

    [Fact]
    public void Disposed_and_changed_timers_follow_the_new_schedule()
    {
        var clock = new ManualTimeProvider();
        var count = 0;
        var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        timer.Change(TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromSeconds(4));
        var beforeDue = count;
        clock.Advance(TimeSpan.FromSeconds(1));
        timer.Dispose();
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(0, beforeDue);
        Assert.Equal(1, count);
    }

    [Fact]
    public void SetUtcNow_refuses_to_go_back()
    {
        var clock = new ManualTimeProvider();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetUtcNow(clock.GetUtcNow().AddSeconds(-1)));

        Assert.Contains("cannot go back", error.Message, StringComparison.Ordinal);
    }
}
