using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class MailboxTests
{
    private sealed class Blocked : ReceiveActor
    {
        public Blocked(Task gate, IActorRef probe)
        {
            ReceiveAsync<string>(s => s == "block", _ => gate);
            Receive<int>(n => probe.Tell(n));
        }
    }

    private sealed class Chatty : ReceiveActor
    {
        public Chatty(IActorRef probe, string name, Task? gate = null)
        {
            ReceiveAsync<string>(s => s == "wait", _ => gate ?? Task.CompletedTask);
            Receive<int>(n => probe.Tell($"{name}{n}"));
        }
    }

    [Fact]
    public async Task Bounded_mailbox_sends_overflow_to_dead_letters()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var letters = kit.CreateProbe();
        kit.System.EventStream.Subscribe<DeadLetter>(letters);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = kit.ActorOf(Props.Create(() => new Blocked(gate.Task, probe)).WithBoundedMailbox(3), "bounded");
        actor.Tell("block");
        await kit.AwaitConditionAsync(() => ((ActorCell)actor).MailboxDepth == 0, "the block message to be taken");

        for (var i = 0; i < 5; i++)
        {
            actor.Tell(i);
        }

        Assert.Equal(3, (await letters.ExpectMsgAsync<DeadLetter>()).Message);
        Assert.Equal(4, (await letters.ExpectMsgAsync<DeadLetter>()).Message);
        gate.SetResult();
        Assert.Equal([0, 1, 2], (await probe.ReceiveNAsync(3)).Cast<int>());
    }

    [Fact]
    public async Task PoisonPill_stops_the_actor_after_earlier_messages()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new Chatty(probe, "a")), "a");
        probe.Watch(actor);

        actor.Tell(1);
        actor.Tell(PoisonPill.Instance);
        actor.Tell(2);

        Assert.Equal("a1", await probe.ExpectMsgAsync<string>());
        await probe.ExpectTerminatedAsync(actor);
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task A_busy_actor_yields_so_others_progress_within_its_backlog()
    {
        // Throughput 1: after each message the busy actor goes to the back of the thread pool queue.
        var options = new ActorSystemOptions { Throughput = 1, TimeProvider = new ManualTimeProvider() };
        await using var system = ActorSystem.Create("fair", options);
        var seen = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var recorder = system.ActorOf(Props.Create(() => new Recorder(seen, done, 2_001)), "recorder");
        var busy = system.ActorOf(Props.Create(() => new Chatty(recorder, "busy", gate.Task)), "busy");
        var other = system.ActorOf(Props.Create(() => new Chatty(recorder, "other", gate.Task)), "other");

        // Both actors wait on the gate while their backlogs fill, so both are ready when it opens.
        busy.Tell("wait");
        other.Tell("wait");
        for (var i = 0; i < 2_000; i++)
        {
            busy.Tell(i);
        }

        other.Tell(0);
        gate.SetResult();
        await done.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var position = seen.ToList().IndexOf("other0");
        Assert.True(position >= 0 && position < 2_000, $"'other0' was processed at position {position} of {seen.Count}");
    }

    private sealed class Recorder : ReceiveActor
    {
        public Recorder(System.Collections.Concurrent.ConcurrentQueue<string> seen, TaskCompletionSource done, int expected) =>
            Receive<string>(s =>
            {
                seen.Enqueue(s);
                if (seen.Count == expected)
                {
                    done.SetResult();
                }
            });
    }
}
