using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.InMemory;
using Maiev.TestKit.Actors;
using static Maiev.Runtime.Tests.Persistence.ListActor;

namespace Maiev.Runtime.Tests.Persistence;

public sealed class PersistentActorTests : IAsyncDisposable
{
    private readonly ActorTestKit _kit = new();
    private readonly InMemoryJournal _journal;
    private readonly ControlledJournal _controlled;
    private readonly InMemorySnapshotStore _snapshots = new(ListActor.Registry());
    private readonly TestProbe _probe;
    private readonly string _id = "list-" + Guid.NewGuid().ToString("N")[..8];

    public PersistentActorTests()
    {
        _journal = new InMemoryJournal(ListActor.Registry(), _kit.ManualClock);
        _controlled = new ControlledJournal(_journal);
        _probe = _kit.CreateProbe();
    }

    public ValueTask DisposeAsync() => _kit.DisposeAsync();

    private async Task<(IActorRef Actor, Recovered Recovered)> StartAsync(int snapshotEvery = 0, IJournal? journal = null)
    {
        var context = new PersistenceContext(journal ?? _controlled, _snapshots, snapshotEvery);
        var actor = _kit.ActorOf(Props.Create(() => new ListActor(context, _id, _probe)));
        _probe.Watch(actor);
        return (actor, await _probe.ExpectMsgAsync<Recovered>());
    }

    private async Task StopAsync(IActorRef actor)
    {
        _kit.System.Stop(actor);
        await _probe.ExpectTerminatedAsync(actor);
    }

    [Fact]
    public async Task Commands_sent_while_a_write_is_in_flight_wait_until_it_is_confirmed()
    {
        var (actor, _) = await StartAsync();
        _controlled.Hold();

        actor.Tell(new Add("a"));
        actor.Tell(new Get());
        await _controlled.WriteArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await _probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
        _controlled.Release();

        Assert.Equal(new Persisted("a", 1), await _probe.ExpectMsgAsync<Persisted>());
        var state = await _probe.ExpectMsgAsync<State>();
        Assert.Equal(["a"], state.Items);
        Assert.Equal(1, state.LastSequenceNr);
    }

    [Fact]
    public async Task PersistAll_stores_the_events_atomically_and_runs_the_handler_for_each_in_order()
    {
        var (actor, _) = await StartAsync();

        actor.Tell(new AddMany(["x", "y", "z"]));

        Assert.Equal(new Persisted("x", 1), await _probe.ExpectMsgAsync<Persisted>());
        Assert.Equal(new Persisted("y", 2), await _probe.ExpectMsgAsync<Persisted>());
        Assert.Equal(new Persisted("z", 3), await _probe.ExpectMsgAsync<Persisted>());
        Assert.Equal(3, await _journal.ReadHighestSequenceNrAsync(_id, CancellationToken.None));
    }

    [Fact]
    public async Task Restarted_actor_recovers_its_events_and_reports_RecoveryCompleted()
    {
        var (actor, first) = await StartAsync();
        Assert.Empty(first.Items);
        Assert.Equal(0, first.LastSequenceNr);
        actor.Tell(new AddMany(["a", "b", "c"]));
        await _probe.ReceiveNAsync(3);
        await StopAsync(actor);

        var (_, recovered) = await StartAsync();

        Assert.Equal(new[] { "a", "b", "c" }, recovered.Items);
        Assert.Equal((3L, (long?)null, 3), (recovered.LastSequenceNr, recovered.SnapshotAt, recovered.Replayed));
    }

    [Fact]
    public async Task Recovery_starts_from_the_latest_snapshot_and_replays_only_the_tail()
    {
        var (actor, _) = await StartAsync();
        actor.Tell(new AddMany(["a", "b"]));
        await _probe.ReceiveNAsync(2);
        actor.Tell(new Snap());
        Assert.Equal(2, (await _probe.ExpectMsgAsync<SaveSnapshotSuccess>()).Metadata.SequenceNr);
        actor.Tell(new Add("c"));
        await _probe.ExpectMsgAsync<Persisted>();
        await StopAsync(actor);

        var (_, recovered) = await StartAsync();

        Assert.Equal(new[] { "a", "b", "c" }, recovered.Items);
        Assert.Equal((3L, (long?)2, 1), (recovered.LastSequenceNr, recovered.SnapshotAt, recovered.Replayed));
    }

    [Fact]
    public async Task Snapshot_is_saved_every_configured_number_of_events()
    {
        var (actor, _) = await StartAsync(snapshotEvery: 2);

        actor.Tell(new AddMany(["a", "b", "c"]));

        await _probe.FishForMessageAsync<SaveSnapshotSuccess>(s => s.Metadata.SequenceNr == 2);
        var loaded = await _snapshots.LoadAsync(_id, SnapshotSelectionCriteria.Latest, CancellationToken.None);
        Assert.Equal(new[] { "a", "b" }, Assert.IsType<ListSnapshot>(loaded?.Snapshot).Items);
    }

    [Fact]
    public async Task Rejected_event_is_not_stored_the_actor_is_told_and_goes_on()
    {
        var (actor, _) = await StartAsync();

        actor.Tell(new AddUnserializable());
        actor.Tell(new Add("a"));

        var rejected = await _probe.ExpectMsgAsync<WasRejected>();
        Assert.IsType<JournalWriteRejectedException>(rejected.Cause);
        Assert.Equal(new Persisted("a", 1), await _probe.ExpectMsgAsync<Persisted>());
        Assert.Equal(1, await _journal.ReadHighestSequenceNrAsync(_id, CancellationToken.None));
    }

    [Fact]
    public async Task Failed_write_stops_the_actor_and_a_restarted_one_recovers_from_the_store()
    {
        var (actor, _) = await StartAsync();
        actor.Tell(new Add("a"));
        await _probe.ExpectMsgAsync<Persisted>();
        _controlled.FailNextWrite(new JournalWriteFailedException(_id, 2, 2, new IOException("store unreachable"), isTransient: true));

        actor.Tell(new Add("lost"));
        actor.Tell(new Get());

        var failed = await _probe.ExpectMsgAsync<WasFailed>();
        Assert.IsType<JournalWriteFailedException>(failed.Cause);
        await _probe.ExpectTerminatedAsync(actor);
        var (_, recovered) = await StartAsync(); // what a backoff supervisor does
        Assert.Equal(["a"], recovered.Items);
        Assert.Equal(1, recovered.LastSequenceNr);
    }

    [Fact]
    public async Task Second_writer_of_one_persistence_id_stops_with_the_concurrency_error()
    {
        var (first, _) = await StartAsync();
        var (second, _) = await StartAsync();

        first.Tell(new Add("from-first"));
        Assert.Equal(new Persisted("from-first", 1), await _probe.ExpectMsgAsync<Persisted>());
        second.Tell(new Add("from-second"));

        var failed = await _probe.ExpectMsgAsync<WasFailed>();
        var conflict = Assert.IsType<JournalConcurrencyException>(failed.Cause);
        Assert.Contains("someone else wrote", conflict.Message, StringComparison.Ordinal);
        await _probe.ExpectTerminatedAsync(second);
        var stored = await _journal.ReplayAsync(_id, 1, long.MaxValue, long.MaxValue, CancellationToken.None).ToListAsync();
        Assert.Equal(new Added("from-first"), Assert.Single(stored).Payload);
    }

    [Fact]
    public async Task Deleted_messages_are_not_replayed_and_numbering_goes_on_after_the_highest()
    {
        var (actor, _) = await StartAsync();
        actor.Tell(new AddMany(["a", "b", "c"]));
        await _probe.ReceiveNAsync(3);
        actor.Tell(new DeleteUpTo(2));
        await _probe.ExpectMsgAsync<DeleteMessagesSuccess>();
        await StopAsync(actor);

        var (restarted, recovered) = await StartAsync();
        restarted.Tell(new Add("d"));

        Assert.Equal(["c"], recovered.Items);
        Assert.Equal(3, recovered.LastSequenceNr);
        Assert.Equal(new Persisted("d", 4), await _probe.ExpectMsgAsync<Persisted>());
    }

    [Fact]
    public async Task Recovery_that_meets_an_unknown_manifest_stops_the_actor_and_says_why()
    {
        await _journal.WriteAsync(new AtomicWrite(_id, new EventToWrite(1, new Added("a"))), CancellationToken.None);
        var blind = _journal.WithRegistry(new Maiev.Runtime.Persistence.Serialization.EventTypeRegistry());
        var context = new PersistenceContext(blind, _snapshots);
        var actor = _kit.ActorOf(Props.Create(() => new ListActor(context, _id, _probe)));
        _probe.Watch(actor);

        var failed = await _probe.ExpectMsgAsync<RecoveryFailed>();

        Assert.Contains("test.added", failed.Cause.Message, StringComparison.Ordinal);
        await _probe.ExpectTerminatedAsync(actor);
    }
}
