using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class BackoffSupervisorTests
{
    private sealed class Host : ReceiveActor
    {
        public Host(BackoffOptions options, IActorRef probe)
        {
            var supervisor = Context.ActorOf(BackoffSupervisor.Props(options, () => 0.5), "backoff");
            Receive<BackoffChildFailed>(f => probe.Tell(f));
            Receive<BackoffChildRestarted>(r => probe.Tell(r));
            ReceiveAny(m => supervisor.Tell(m, Sender));
        }
    }

    private static BackoffOptions Options(TestProbe probe) =>
        new(Props.Create(() => new TestActors.Counter(probe)), "worker", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), 0.2)
        {
            ResetAfter = TimeSpan.FromMinutes(1),
        };

    [Fact]
    public void DelayFor_doubles_from_min_caps_at_max_and_adds_jitter()
    {
        var options = new BackoffOptions(Props.Create(() => new TestActors.Echo()), "c", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), 0.5);

        Assert.Equal(TimeSpan.FromSeconds(1), options.DelayFor(0, 0));
        Assert.Equal(TimeSpan.FromSeconds(4), options.DelayFor(2, 0));
        Assert.Equal(TimeSpan.FromSeconds(8), options.DelayFor(10, 0));
        Assert.Equal(TimeSpan.FromSeconds(12), options.DelayFor(10, 1));
    }

    [Fact]
    public void Props_rejects_bad_options_naming_the_setting()
    {
        var options = new BackoffOptions(Props.Create(() => new TestActors.Echo()), "c", TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1), 0);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BackoffSupervisor.Props(options));

        Assert.Equal("MaxBackoff", error.ParamName);
    }

    [Fact]
    public async Task Failed_child_is_restarted_after_the_backoff_and_the_parent_is_told_both()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var host = kit.ActorOf(Props.Create(() => new Host(Options(probe), probe)), "host");
        await probe.ExpectMsgAsync("prestart");

        host.Tell("boom");
        await probe.ExpectMsgAsync("poststop");
        var failed = await probe.ExpectMsgAsync<BackoffChildFailed>();
        kit.ManualClock.Advance(TimeSpan.FromSeconds(1));
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
        kit.ManualClock.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal("worker", failed.ChildName);
        Assert.Equal(1, failed.Attempt);
        Assert.Equal(TimeSpan.FromSeconds(1.1), failed.RestartDelay);
        Assert.IsType<InvalidOperationException>(failed.Cause);
        var afterRestart = await probe.ReceiveNAsync(2); // the child and the host tell the probe, in either order
        Assert.Contains("prestart", afterRestart);
        Assert.Equal(1, afterRestart.OfType<BackoffChildRestarted>().Single().Attempt);
    }

    [Fact]
    public async Task Backoff_grows_with_each_failure_and_resets_after_a_quiet_period()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var host = kit.ActorOf(Props.Create(() => new Host(Options(probe), probe)), "host");
        await probe.ExpectMsgAsync("prestart");

        var delays = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            host.Tell("boom");
            var failed = await probe.FishForMessageAsync<BackoffChildFailed>(_ => true);
            delays.Add(failed.RestartDelay);
            kit.ManualClock.Advance(failed.RestartDelay);
            await probe.FishForMessageAsync<BackoffChildRestarted>(_ => true);
        }

        kit.ManualClock.Advance(TimeSpan.FromMinutes(1));
        host.Tell("boom");
        var afterReset = await probe.FishForMessageAsync<BackoffChildFailed>(_ => true);

        Assert.Equal([TimeSpan.FromSeconds(1.1), TimeSpan.FromSeconds(2.2), TimeSpan.FromSeconds(4.4)], delays);
        Assert.Equal(TimeSpan.FromSeconds(1.1), afterReset.RestartDelay);
    }

    [Fact]
    public async Task Messages_are_forwarded_to_the_child_with_their_sender()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var host = kit.ActorOf(Props.Create(() => new Host(Options(probe), probe)), "host");
        await probe.ExpectMsgAsync("prestart");

        host.Tell(3);
        host.Tell("get", probe);

        Assert.Equal(3, await probe.ExpectMsgAsync<int>());
    }
}
