using System.Collections.Concurrent;
using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class CoordinatedShutdownTests
{
    [Fact]
    public async Task Shutdown_phases_run_in_order_and_user_actors_stop_in_their_phase()
    {
        var kit = new ActorTestKit();
        var actor = kit.ActorOf(Props.Create(() => new TestActors.Echo()), "echo");
        var log = new ConcurrentQueue<string>();
        var shutdown = kit.System.CoordinatedShutdown;

        // Registered in reverse order on purpose: the phase decides, not the registration.
        shutdown.AddTask(ShutdownPhase.FlushPersistence, "flush", _ =>
        {
            log.Enqueue($"flush (echo stopped: {((ActorCell)actor).IsTerminated})");
            return Task.CompletedTask;
        });
        shutdown.AddTask(ShutdownPhase.HandOffShards, "hand-off", _ =>
        {
            log.Enqueue($"hand-off (echo stopped: {((ActorCell)actor).IsTerminated})");
            return Task.CompletedTask;
        });
        shutdown.AddTask(ShutdownPhase.StopIntake, "intake", async _ =>
        {
            await Task.Yield();
            log.Enqueue("intake");
        });

        await kit.DisposeAsync();

        Assert.Equal(["intake", "hand-off (echo stopped: False)", "flush (echo stopped: True)"], log);
        Assert.True(kit.System.WhenTerminated.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_failing_shutdown_task_does_not_stop_the_others()
    {
        var kit = new ActorTestKit();
        var ran = false;
        kit.System.CoordinatedShutdown.AddTask(ShutdownPhase.StopIntake, "broken", _ => throw new InvalidOperationException("broken"));
        kit.System.CoordinatedShutdown.AddTask(ShutdownPhase.FlushPersistence, "flush", _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });

        await kit.DisposeAsync();

        Assert.True(ran);
    }

    [Fact]
    public async Task AddTask_rejects_an_unknown_phase_and_a_started_shutdown()
    {
        var kit = new ActorTestKit();

        var unknown = Assert.Throws<ArgumentException>(() => kit.System.CoordinatedShutdown.AddTask("later", "x", _ => Task.CompletedTask));
        await kit.DisposeAsync();
        var late = Assert.Throws<InvalidOperationException>(() => kit.System.CoordinatedShutdown.AddTask(ShutdownPhase.StopIntake, "x", _ => Task.CompletedTask));

        Assert.Contains("'later'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("already started", late.Message, StringComparison.Ordinal);
    }
}
