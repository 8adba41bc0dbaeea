using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class ConcurrencyStressTests
{
    private sealed record Item(int Sender, int Sequence);

    private sealed record Report(int Total, int Overlaps, int OutOfOrder);

    /// <summary>Checks, without locks, that it is never entered twice and that each sender's items arrive in order.</summary>
    private sealed class Guarded : ReceiveActor
    {
        private readonly Dictionary<int, int> _last = [];
        private int _inside;
        private int _total;
        private int _overlaps;
        private int _outOfOrder;

        public Guarded()
        {
            Receive<Item>(item =>
            {
                if (Interlocked.Exchange(ref _inside, 1) == 1)
                {
                    _overlaps++;
                }

                var last = _last.GetValueOrDefault(item.Sender, -1);
                if (item.Sequence != last + 1)
                {
                    _outOfOrder++;
                }

                _last[item.Sender] = item.Sequence;
                var before = _total;
                Thread.SpinWait(20);
                _total = before + 1; // a lost update shows up as a wrong total
                Volatile.Write(ref _inside, 0);
            });
            Receive<string>(_ => Sender.Tell(new Report(_total, _overlaps, _outOfOrder)));
        }
    }

    /// <summary>The same invariant across awaits: an async handler is never re-entered.</summary>
    private sealed class AsyncGuarded : ReceiveActor
    {
        private int _inside;
        private int _total;
        private int _overlaps;

        public AsyncGuarded()
        {
            ReceiveAsync<Item>(async _ =>
            {
                if (Interlocked.Exchange(ref _inside, 1) == 1)
                {
                    _overlaps++;
                }

                var before = _total;
                await Task.Yield();
                _total = before + 1;
                Volatile.Write(ref _inside, 0);
            });
            Receive<string>(_ => Sender.Tell(new Report(_total, _overlaps, 0)));
        }
    }

    [Fact]
    public async Task Concurrent_senders_to_an_async_handler_never_overlap_across_awaits()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new AsyncGuarded()), "async-guarded");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(s => Task.Run(() =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                actor.Tell(new Item(s, i));
            }
        })));
        actor.Tell("report", probe);

        Assert.Equal(new Report(4_000, 0, 0), await probe.ExpectMsgAsync<Report>(TimeSpan.FromSeconds(45)));
    }

    [Fact]
    public async Task Many_concurrent_senders_never_see_concurrent_state_access_and_keep_per_sender_order()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new Guarded()), "guarded");
        const int senders = 8;
        const int perSender = 5_000;

        await Task.WhenAll(Enumerable.Range(0, senders).Select(s => Task.Run(() =>
        {
            for (var i = 0; i < perSender; i++)
            {
                actor.Tell(new Item(s, i));
            }
        })));
        actor.Tell("report", probe);

        var report = await probe.ExpectMsgAsync<Report>(TimeSpan.FromSeconds(45));
        Assert.Equal(new Report(senders * perSender, 0, 0), report);
    }
}
