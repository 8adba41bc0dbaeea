using Maiev.Runtime.Actors;

namespace Maiev.Benchmarks.Runtime;

/// <summary>The actor side of the runtime benchmark.</summary>
internal static class ActorWorkloads
{
    public static async Task PingPongAsync(ActorSystem system, int messages)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pong = system.ActorOf(Props.Create(() => new Bouncer(done)));
        var ping = system.ActorOf(Props.Create(() => new Bouncer(done)));
        pong.Tell(messages, ping);
        await done.Task;
        system.Stop(ping);
        system.Stop(pong);
    }

    public static async Task FanOutAsync(ActorSystem system, int actors, int perActor)
    {
        var counter = new Countdown((long)actors * perActor);
        var targets = Enumerable.Range(0, actors).Select(_ => system.ActorOf(Props.Create(() => new Counting(counter)))).ToArray();
        for (var i = 0; i < perActor; i++)
        {
            foreach (var target in targets)
            {
                target.Tell(i);
            }
        }

        await counter.Done;
        foreach (var target in targets)
        {
            system.Stop(target);
        }
    }

    public static async Task<double> BytesPerIdleActorAsync(int count)
    {
        await using var system = ActorSystem.Create("idle");
        var started = new Countdown(count);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var props = Props.Create(() => new Idle(started));
        for (var i = 0; i < count; i++)
        {
            system.ActorOf(props);
        }

        await started.Done;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (after - before) / (double)count;
    }

    /// <summary>Replies to an int with the int minus one until it reaches zero.</summary>
    private sealed class Bouncer : ReceiveActor
    {
        public Bouncer(TaskCompletionSource done) => Receive<int>(n =>
        {
            if (n <= 0)
            {
                done.TrySetResult();
                return;
            }

            Sender.Tell(n - 1, Self);
        });
    }

    private sealed class Counting : ReceiveActor
    {
        public Counting(Countdown counter) => Receive<int>(_ => counter.Signal());
    }

    private sealed class Idle : ReceiveActor
    {
        private readonly Countdown _started;

        public Idle(Countdown started)
        {
            _started = started;
            Receive<int>(_ => { });
        }

        protected internal override void PreStart() => _started.Signal();
    }

    private sealed class Countdown(long count)
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _remaining = count;

        public Task Done => _done.Task;

        public void Signal()
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                _done.SetResult();
            }
        }
    }
}
