using System.Threading.Channels;

namespace Maiev.Benchmarks.Runtime;

/// <summary>The same workloads on raw channels: the baseline for the actor figures.</summary>
internal static class ChannelBaselines
{
    /// <summary>Two tasks bounce one message <paramref name="messages"/> times in total.</summary>
    public static async Task PingPongAsync(int messages)
    {
        var options = new UnboundedChannelOptions { SingleReader = true, SingleWriter = true };
        var toPong = Channel.CreateUnbounded<int>(options);
        var toPing = Channel.CreateUnbounded<int>(options);
        var pong = Task.Run(async () =>
        {
            await foreach (var value in toPong.Reader.ReadAllAsync())
            {
                await toPing.Writer.WriteAsync(value - 1);
                if (value <= 1)
                {
                    break;
                }
            }
        });
        await toPong.Writer.WriteAsync(messages);
        await foreach (var value in toPing.Reader.ReadAllAsync())
        {
            if (value <= 0)
            {
                break;
            }

            await toPong.Writer.WriteAsync(value - 1);
        }

        await pong;
    }

    /// <summary>One writer sends <paramref name="perReader"/> messages to each of <paramref name="readers"/> reading tasks.</summary>
    public static async Task FanOutAsync(int readers, int perReader)
    {
        var channels = Enumerable.Range(0, readers)
            .Select(_ => Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true }))
            .ToArray();
        var remaining = (long)readers * perReader;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = channels.Select(c => Task.Run(async () =>
        {
            await foreach (var _ in c.Reader.ReadAllAsync())
            {
                if (Interlocked.Decrement(ref remaining) == 0)
                {
                    done.SetResult();
                }
            }
        })).ToArray();
        for (var i = 0; i < perReader; i++)
        {
            foreach (var channel in channels)
            {
                channel.Writer.TryWrite(i);
            }
        }

        await done.Task;
        foreach (var channel in channels)
        {
            channel.Writer.Complete();
        }

        await Task.WhenAll(tasks);
    }
}
