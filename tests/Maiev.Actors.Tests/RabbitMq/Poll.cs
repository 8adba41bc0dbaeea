namespace Maiev.Actors.Tests.RabbitMq;

/// <summary>Polls a real server for a state, with a deadline and a message that says what was last seen.</summary>
internal static class Poll
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string waitingFor, TimeSpan? timeout = null, TimeSpan? every = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Patience);
        T last;
        while (true)
        {
            last = await probe();
            if (done(last))
            {
                return last;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"waited {(timeout ?? Patience).TotalSeconds:0} s for {waitingFor}; last seen: {last}");
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(250));
        }
    }
}
