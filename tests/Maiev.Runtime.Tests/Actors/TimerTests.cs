using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class TimerTests
{
    private sealed record StartSingle(string Key, string Message, TimeSpan Delay);

    private sealed record StartPeriodic(string Key, string Message, TimeSpan Interval);

    private sealed record CancelTimer(string Key);

    private sealed class Ticker : ReceiveActor
    {
        public Ticker(IActorRef probe)
        {
            Receive<StartSingle>(s =>
            {
                Timers.StartSingleTimer(s.Key, s.Message, s.Delay);
                probe.Tell("armed");
            });
            Receive<StartPeriodic>(s =>
            {
                Timers.StartPeriodicTimer(s.Key, s.Message, s.Interval);
                probe.Tell("armed");
            });
            Receive<CancelTimer>(c =>
            {
                Timers.Cancel(c.Key);
                probe.Tell($"cancelled active={Timers.IsTimerActive(c.Key)}");
            });
            Receive<string>(s => s == "boom", _ => throw new InvalidOperationException("boom"));
            Receive<string>(s => probe.Tell(s));
        }
    }

    [Fact]
    public async Task Single_timer_fires_once_when_the_clock_reaches_its_delay()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new Ticker(probe)));
        actor.Tell(new StartSingle("k", "tick", TimeSpan.FromSeconds(10)));
        await probe.ExpectMsgAsync("armed");

        kit.ManualClock.Advance(TimeSpan.FromSeconds(9));
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
        kit.ManualClock.Advance(TimeSpan.FromSeconds(1));
        await probe.ExpectMsgAsync("tick");
        kit.ManualClock.Advance(TimeSpan.FromSeconds(60));

        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task Periodic_timer_fires_exactly_once_per_interval_passed()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new Ticker(probe)));
        actor.Tell(new StartPeriodic("k", "tick", TimeSpan.FromSeconds(5)));
        await probe.ExpectMsgAsync("armed");

        kit.ManualClock.Advance(TimeSpan.FromSeconds(16));

        var ticks = await probe.ReceiveNAsync(3);
        Assert.All(ticks, t => Assert.Equal("tick", t));
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
        kit.ManualClock.Advance(TimeSpan.FromSeconds(4));
        await probe.ExpectMsgAsync("tick");
    }

    [Fact]
    public async Task Cancelled_timer_never_delivers_even_if_its_tick_was_queued()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new Ticker(probe)));
        actor.Tell(new StartSingle("k", "tick", TimeSpan.FromSeconds(1)));
        await probe.ExpectMsgAsync("armed");

        // The clock fires the tick into the mailbox behind the cancel; the cancel is processed first.
        actor.Tell(new CancelTimer("k"));
        kit.ManualClock.Advance(TimeSpan.FromSeconds(1));

        await probe.ExpectMsgAsync("cancelled active=False");
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(150));
    }

    [Fact]
    public async Task Starting_a_timer_with_a_used_key_replaces_it()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new Ticker(probe)));
        actor.Tell(new StartSingle("k", "first", TimeSpan.FromSeconds(1)));
        actor.Tell(new StartSingle("k", "second", TimeSpan.FromSeconds(3)));
        await probe.ExpectMsgAsync("armed");
        await probe.ExpectMsgAsync("armed");

        kit.ManualClock.Advance(TimeSpan.FromSeconds(5));

        await probe.ExpectMsgAsync("second");
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task Timers_are_cancelled_on_restart_and_on_stop()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new Ticker(probe)));
        actor.Tell(new StartPeriodic("k", "tick", TimeSpan.FromSeconds(1)));
        await probe.ExpectMsgAsync("armed");

        actor.Tell("boom");
        actor.Tell("restarted");
        await probe.ExpectMsgAsync("restarted");
        kit.ManualClock.Advance(TimeSpan.FromSeconds(3));
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
        actor.Tell(new StartPeriodic("k2", "tick", TimeSpan.FromSeconds(1)));
        await probe.ExpectMsgAsync("armed");
        probe.Watch(actor);
        kit.System.Stop(actor);
        await probe.ExpectTerminatedAsync(actor);

        Assert.Equal(0, kit.ManualClock.ActiveTimerCount);
    }
}
