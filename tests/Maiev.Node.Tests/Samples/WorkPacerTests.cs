using Maiev.Samples.Workload;

namespace Maiev.Node.Tests.Samples;

public sealed class WorkPacerTests
{
    private static readonly TimeSpan Quarter = TimeSpan.FromMilliseconds(250);

    [Fact]
    public void WorkAsync_takes_one_interval_per_message()
    {
        // Arrange
        var time = new ManualTime();
        var pacer = new WorkPacer(4, time);

        // Act
        var first = pacer.WorkAsync(CancellationToken.None);
        time.Advance(Quarter - TimeSpan.FromMilliseconds(1));
        var earlyDone = first.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));

        // Assert
        Assert.Equal(Quarter, pacer.Interval);
        Assert.False(earlyDone, "the first message finished before its 250 ms of work");
        Assert.True(first.IsCompletedSuccessfully, "the first message had not finished after 250 ms");
    }

    [Fact]
    public void WorkAsync_queues_back_to_back_messages_one_interval_apart()
    {
        // Arrange
        var time = new ManualTime();
        var pacer = new WorkPacer(4, time);

        // Act: two messages arrive together.
        var first = pacer.WorkAsync(CancellationToken.None);
        var second = pacer.WorkAsync(CancellationToken.None);
        time.Advance(Quarter);
        var afterOne = (first.IsCompleted, second.IsCompleted);
        time.Advance(Quarter);

        // Assert
        Assert.Equal((true, false), afterOne);
        Assert.True(second.IsCompletedSuccessfully, "the second message had not finished after 500 ms");
    }

    [Fact]
    public void WorkAsync_does_not_bank_idle_time()
    {
        // Arrange: a long idle spell after one message.
        var time = new ManualTime();
        var pacer = new WorkPacer(4, time);
        var first = pacer.WorkAsync(CancellationToken.None);
        time.Advance(Quarter);
        time.Advance(TimeSpan.FromSeconds(10));

        // Act
        var next = pacer.WorkAsync(CancellationToken.None);
        var immediately = next.IsCompleted;
        time.Advance(Quarter);

        // Assert
        Assert.True(first.IsCompletedSuccessfully);
        Assert.False(immediately, "idle time was banked: the next message finished without any work");
        Assert.True(next.IsCompletedSuccessfully, "the next message had not finished after 250 ms");
    }

    [Fact]
    public async Task WorkAsync_stops_on_cancellation()
    {
        // Arrange
        var time = new ManualTime();
        var pacer = new WorkPacer(1, time);
        using var stop = new CancellationTokenSource();

        // Act
        var work = pacer.WorkAsync(stop.Token);
        await stop.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work);
    }

    [Fact]
    public void Constructor_rejects_a_rate_of_zero() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkPacer(0, new ManualTime()));
}
