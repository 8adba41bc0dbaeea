using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class SupervisionTests
{
    private static async Task<(IActorRef Parent, IActorRef Child)> SpawnAsync(ActorTestKit kit, TestProbe probe, SupervisorStrategy strategy, string childName = "child")
    {
        var parent = kit.ActorOf(Props.Create(() => new TestActors.Parent(probe)).WithSupervisor(strategy), "parent");
        parent.Tell(new TestActors.CreateChild(Props.Create(() => new TestActors.Counter(probe)), childName), probe);
        var child = await TestActors.ExpectCounterChildAsync(probe);
        return (parent, child);
    }

    [Fact]
    public async Task Resume_keeps_the_instance_and_its_state()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var (_, child) = await SpawnAsync(kit, probe, new OneForOneStrategy(_ => Directive.Resume));

        child.Tell(5);
        child.Tell("boom");
        child.Tell("get", probe);

        Assert.Equal(5, await probe.ExpectMsgAsync<int>());
    }

    [Fact]
    public async Task Restart_makes_a_new_instance_runs_hooks_in_order_and_keeps_the_mailbox()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var (_, child) = await SpawnAsync(kit, probe, new OneForOneStrategy(_ => Directive.Restart));

        child.Tell(5);
        child.Tell("boom");
        child.Tell(1);
        child.Tell("get", probe);

        Assert.Equal("prerestart:boom", await probe.ExpectMsgAsync<string>());
        Assert.Equal("poststop", await probe.ExpectMsgAsync<string>());
        Assert.Equal("postrestart", await probe.ExpectMsgAsync<string>());
        Assert.Equal("prestart", await probe.ExpectMsgAsync<string>());
        Assert.Equal(1, await probe.ExpectMsgAsync<int>());
    }

    [Fact]
    public async Task Stop_directive_stops_the_child_and_the_watching_parent_sees_Terminated()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var (_, child) = await SpawnAsync(kit, probe, new OneForOneStrategy(_ => Directive.Stop));

        child.Tell("boom");

        Assert.Equal("poststop", await probe.ExpectMsgAsync<string>());
        Assert.Equal(child, (await probe.ExpectMsgAsync<Terminated>()).ActorRef);
    }

    [Fact]
    public async Task Exhausted_restart_budget_stops_the_child_and_the_parent_sees_Terminated()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var (_, child) = await SpawnAsync(kit, probe, new OneForOneStrategy(2, TimeSpan.FromMinutes(1), _ => Directive.Restart));

        child.Tell("boom");
        child.Tell("boom");
        child.Tell("boom");

        var restarts = 0;
        while (await probe.ExpectMsgAsync<object>() is var message && message is not Terminated)
        {
            restarts += message is "postrestart" ? 1 : 0;
        }

        Assert.Equal(child, ((Terminated)probe.LastMessage!).ActorRef);
        Assert.Equal(2, restarts);
    }

    [Fact]
    public async Task Restart_budget_window_resets_when_the_manual_clock_passes_it()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var (_, child) = await SpawnAsync(kit, probe, new OneForOneStrategy(1, TimeSpan.FromMinutes(1), _ => Directive.Restart));

        child.Tell("boom");
        await probe.FishForMessageAsync<string>(s => s == "prestart");
        kit.ManualClock.Advance(TimeSpan.FromMinutes(2));
        child.Tell("boom");
        await probe.FishForMessageAsync<string>(s => s == "prestart");
        child.Tell(7);
        child.Tell("get", probe);

        Assert.Equal(7, await probe.ExpectMsgAsync<int>());
    }

    [Fact]
    public async Task Escalate_fails_the_parent_whose_supervisor_then_restarts_it()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var (parent, child) = await SpawnAsync(kit, probe, new OneForOneStrategy(_ => Directive.Escalate));

        child.Tell("boom");

        // /user restarts the parent (default strategy); the parent's default PreRestart stops its children.
        await probe.FishForMessageAsync<string>(s => s == "poststop");
        parent.Tell(new TestActors.CreateChild(Props.Create(() => new TestActors.Echo()), "child"), probe);
        await probe.FishForMessageAsync<IActorRef>(_ => true);
        Assert.Equal(1, ((ActorCell)parent).RestartCount);
    }

    [Fact]
    public async Task All_for_one_restarts_every_sibling_when_one_fails()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var (parent, first) = await SpawnAsync(kit, probe, new AllForOneStrategy(_ => Directive.Restart), "first");
        var siblingProbe = kit.CreateProbe();
        parent.Tell(new TestActors.CreateChild(Props.Create(() => new TestActors.Counter(siblingProbe)), "second"), siblingProbe);
        await TestActors.ExpectCounterChildAsync(siblingProbe);

        first.Tell("boom");

        await siblingProbe.FishForMessageAsync<string>(s => s == "postrestart");
        await probe.FishForMessageAsync<string>(s => s == "postrestart");
    }

    [Fact]
    public async Task A_failing_constructor_stops_the_actor_by_default()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create<TestActors.Echo>(() => throw new InvalidOperationException("no")), "broken");

        probe.Watch(actor);

        await probe.ExpectTerminatedAsync(actor);
    }
}
