using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class ReceiveActorTests
{
    private sealed class Typed : ReceiveActor
    {
        public Typed(IActorRef probe)
        {
            Receive<int>(n => n > 100, n => probe.Tell($"big {n}"));
            Receive<int>(n => probe.Tell($"int {n}"));
            Receive<string>(s => probe.Tell($"string {s}"));
        }
    }

    private sealed class Moody : ReceiveActor
    {
        public Moody(IActorRef probe)
        {
            Receive<string>(s => s == "happy", _ => BecomeStacked(() =>
            {
                Receive<string>(s => s == "back", _ => Unbecome());
                ReceiveAny(m => probe.Tell($"happy {m}"));
            }));
            Receive<string>(s => s == "angry", _ => Become(() => ReceiveAny(m => probe.Tell($"angry {m}"))));
            ReceiveAny(m => probe.Tell($"calm {m}"));
        }
    }

    private sealed class Stasher : ReceiveActor
    {
        public Stasher(IActorRef probe)
        {
            Receive<string>(s => s == "open", _ =>
            {
                Become(() => ReceiveAny(m => probe.Tell(m)));
                Stash.UnstashAll();
            });
            ReceiveAny(_ => Stash.Stash());
        }
    }

    [Fact]
    public async Task Receive_picks_the_first_matching_handler_by_type_and_predicate()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new Typed(probe)));

        actor.Tell(5);
        actor.Tell(500);
        actor.Tell("x");

        Assert.Equal("int 5", await probe.ExpectMsgAsync<string>());
        Assert.Equal("big 500", await probe.ExpectMsgAsync<string>());
        Assert.Equal("string x", await probe.ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Unhandled_messages_are_published_on_the_event_stream()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var watcher = kit.CreateProbe();
        kit.System.EventStream.Subscribe<UnhandledMessage>(watcher);
        var actor = kit.ActorOf(Props.Create(() => new Typed(probe)), "typed");

        actor.Tell(3.5);

        var unhandled = await watcher.ExpectMsgAsync<UnhandledMessage>();
        Assert.Equal(3.5, unhandled.Message);
        Assert.Equal(actor, unhandled.Recipient);
    }

    [Fact]
    public async Task Become_replaces_and_BecomeStacked_with_Unbecome_returns()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new Moody(probe)));

        foreach (var m in new[] { "a", "happy", "b", "back", "c", "angry", "d", "back" })
        {
            actor.Tell(m);
        }

        var seen = await probe.ReceiveNAsync(5);
        Assert.Equal(["calm a", "happy b", "calm c", "angry d", "angry back"], seen.Cast<string>());
    }

    [Fact]
    public async Task Stashed_messages_are_unstashed_in_order_before_newer_ones()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new Stasher(probe)));

        actor.Tell(1);
        actor.Tell(2);
        actor.Tell("open");
        actor.Tell(3);

        var seen = await probe.ReceiveNAsync(3);
        Assert.Equal([1, 2, 3], seen.Cast<int>());
    }
}
