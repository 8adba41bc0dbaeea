using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class DeathWatchTests
{
    [Fact]
    public async Task Watching_a_live_actor_delivers_Terminated_when_it_stops()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new TestActors.Echo()), "echo");
        probe.Watch(actor);
        actor.Tell("sync", probe);
        await probe.ExpectMsgAsync("sync");

        actor.Tell(PoisonPill.Instance);

        await probe.ExpectTerminatedAsync(actor);
    }

    [Fact]
    public async Task Watching_an_already_dead_actor_delivers_Terminated()
    {
        await using var kit = new ActorTestKit();
        var first = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new TestActors.Echo()), "echo");
        first.Watch(actor);
        kit.System.Stop(actor);
        await first.ExpectTerminatedAsync(actor);
        var late = kit.CreateProbe();

        late.Watch(actor);

        await late.ExpectTerminatedAsync(actor);
    }

    [Fact]
    public async Task Unwatch_before_the_stop_means_no_Terminated()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new TestActors.Echo()), "echo");
        probe.Watch(actor);
        probe.Unwatch(actor);
        probe.Send(actor, "sync");
        await probe.ExpectMsgAsync("sync");

        kit.System.Stop(actor);

        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task Messages_to_a_stopped_actor_become_counted_dead_letters()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var letters = kit.CreateProbe();
        kit.System.EventStream.Subscribe<DeadLetter>(letters);
        var actor = kit.ActorOf(Props.Create(() => new TestActors.Echo()), "echo");
        probe.Watch(actor);
        kit.System.Stop(actor);
        await probe.ExpectTerminatedAsync(actor);

        actor.Tell("too late", probe);

        var letter = await letters.ExpectMsgAsync<DeadLetter>();
        Assert.Equal("too late", letter.Message);
        Assert.Equal(actor, letter.Recipient);
        Assert.Equal(probe, letter.Sender);
        Assert.True(kit.System.DeadLetterCount >= 1, $"dead letter count was {kit.System.DeadLetterCount}");
    }

    [Fact]
    public async Task Stopping_a_parent_stops_children_first()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var parentProbe = kit.CreateProbe();
        var parent = kit.ActorOf(Props.Create(() => new TestActors.Parent(parentProbe)), "parent");
        parent.Tell(new TestActors.CreateChild(Props.Create(() => new TestActors.Counter(probe)), "child"), probe);
        var child = await TestActors.ExpectCounterChildAsync(probe);
        probe.Watch(parent);

        kit.System.Stop(parent);

        await probe.ExpectMsgAsync("poststop");
        await probe.ExpectTerminatedAsync(parent);
        Assert.True(((ActorCell)child).IsTerminated);
    }
}
