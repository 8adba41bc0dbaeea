namespace Maiev.Node.Tests.Samples;

/// <summary>Polls a real server for a state, with a deadline and a failure message that says what was seen last.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    public static async Task<T> SeeAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan patience, string what)
    {
        var time = TimeProvider.System;
        var start = time.GetTimestamp();
        while (true)
        {
            var seen = await read();
            if (done(seen))
            {
                return seen;
            }

            Assert.True(
                time.GetElapsedTime(start) < patience,
                $"expected {what} within {patience.TotalSeconds} s; last saw {Describe(seen)}");
            await Task.Delay(Poll, time);
        }
    }

    private static string Describe<T>(T seen) =>
        seen is System.Collections.IEnumerable items and not string
            ? "[" + string.Join("; ", items.Cast<object>()) + "]"
            : seen?.ToString() ?? "nothing";
}
