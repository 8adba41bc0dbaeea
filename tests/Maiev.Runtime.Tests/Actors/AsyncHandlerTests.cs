using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class AsyncHandlerTests
{
    private sealed class SlowLog : ReceiveActor
    {
        private int _inside;

        public SlowLog(IActorRef probe)
        {
            ReceiveAsync<int>(async n =>
            {
                if (Interlocked.Exchange(ref _inside, 1) == 1)
                {
                    probe.Tell("overlap");
                }

                await Task.Yield();
                await Task.Yield();
                probe.Tell(n);
                Volatile.Write(ref _inside, 0);
            });
            Receive<string>(s => probe.Tell(s));
        }
    }

    private sealed class Gate : ReceiveActor
    {
        public Gate(IActorRef probe, TaskCompletionSource gate)
        {
            ReceiveAsync<string>(s => s == "wait", async _ =>
            {
                await gate.Task;
                probe.Tell("released");
            });
            Receive<string>(s => probe.Tell(s));
            ReceiveAsync<int>(_ => Task.FromException(new InvalidOperationException("async boom")));
        }
    }

    /// <summary>An actor on the bare base class that uses RunTask for its asynchronous step.</summary>
    private sealed class Plain(IActorRef probe) : ActorBase
    {
        protected internal override bool Receive(object message)
        {
            RunTask(async () =>
            {
                await Task.Yield();
                probe.Tell(message);
            });
            return true;
        }
    }

    [Fact]
    public async Task RunTask_holds_the_mailbox_until_the_step_completes()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new Plain(probe)));

        for (var i = 0; i < 100; i++)
        {
            actor.Tell(i);
        }

        Assert.Equal(Enumerable.Range(0, 100), (await probe.ReceiveNAsync(100)).Cast<int>());
    }

    [Fact]
    public async Task Async_handler_messages_are_processed_in_order_without_overlap()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var actor = kit.ActorOf(Props.Create(() => new SlowLog(probe)));

        for (var i = 0; i < 200; i++)
        {
            actor.Tell(i);
        }

        var seen = await probe.ReceiveNAsync(200);
        Assert.Equal(Enumerable.Range(0, 200), seen.Cast<int>());
    }

    [Fact]
    public async Task Nothing_else_is_processed_until_the_async_handler_completes()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = kit.ActorOf(Props.Create(() => new Gate(probe, gate)));

        actor.Tell("wait");
        actor.Tell("after");
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
        gate.SetResult();

        Assert.Equal("released", await probe.ExpectMsgAsync<string>());
        Assert.Equal("after", await probe.ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task A_faulted_async_handler_is_a_failure_the_supervisor_handles()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var gate = new TaskCompletionSource();
        var actor = kit.ActorOf(Props.Create(() => new Gate(probe, gate)));

        actor.Tell(1);
        actor.Tell("still alive");

        Assert.Equal("still alive", await probe.ExpectMsgAsync<string>());
        Assert.Equal(1, kit.System.UserGuardian.ChildrenSnapshot().Single().RestartCount);
    }
}
