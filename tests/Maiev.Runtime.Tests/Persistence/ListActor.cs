using System.Collections.Immutable;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;

namespace Maiev.Runtime.Tests.Persistence;

/// <summary>A persistent actor holding a list of texts, reporting everything it does to a probe.</summary>
internal sealed class ListActor : PersistentActor
{
    private readonly IActorRef _probe;
    private ImmutableList<string> _items = [];
    private long? _snapshotAt;
    private int _replayed;

    public ListActor(PersistenceContext persistence, string id, IActorRef probe)
        : base(persistence)
    {
        PersistenceId = id;
        _probe = probe;
        Recover<SnapshotOffer>(offer =>
        {
            _items = [.. ((ListSnapshot)offer.Snapshot).Items];
            _snapshotAt = offer.Metadata.SequenceNr;
        });
        Recover<Added>(e =>
        {
            _items = _items.Add(e.Text);
            _replayed++;
        });
        Recover<RecoveryCompleted>(_ => _probe.Tell(new Recovered([.. _items], LastSequenceNr, _snapshotAt, _replayed)));
        Command<Add>(c => Persist(new Added(c.Text), e =>
        {
            _items = _items.Add(e.Text);
            _probe.Tell(new Persisted(e.Text, LastSequenceNr));
        }));
        Command<AddMany>(c => PersistAll(c.Texts.Select(t => new Added(t)), e =>
        {
            _items = _items.Add(e.Text);
            _probe.Tell(new Persisted(e.Text, LastSequenceNr));
        }));
        Command<AddUnserializable>(_ => Persist(new NotRegistered("x"), _ => _probe.Tell("must not run")));
        Command<Get>(_ => _probe.Tell(new State([.. _items], LastSequenceNr)));
        Command<Snap>(_ => SaveSnapshot(new ListSnapshot([.. _items])));
        Command<DeleteUpTo>(c => DeleteMessages(c.SequenceNr));
        Command<SaveSnapshotSuccess>(s => _probe.Tell(s));
        Command<DeleteMessagesSuccess>(s => _probe.Tell(s));
    }

    public override string PersistenceId { get; }

    public static EventTypeRegistry Registry() =>
        new EventTypeRegistry().Register<Added>("test.added").Register<ListSnapshot>("test.list-snapshot");

    protected override object? SnapshotState() => new ListSnapshot([.. _items]);

    protected override void OnPersistRejected(Exception cause, object persistedEvent, long sequenceNr)
    {
        base.OnPersistRejected(cause, persistedEvent, sequenceNr);
        _probe.Tell(new WasRejected(cause, sequenceNr));
    }

    protected override void OnPersistFailure(Exception cause, object persistedEvent, long sequenceNr)
    {
        base.OnPersistFailure(cause, persistedEvent, sequenceNr);
        _probe.Tell(new WasFailed(cause, sequenceNr));
    }

    protected override void OnRecoveryFailure(Exception cause)
    {
        base.OnRecoveryFailure(cause);
        _probe.Tell(new RecoveryFailed(cause));
    }

    public sealed record Add(string Text);

    public sealed record AddMany(string[] Texts);

    public sealed record AddUnserializable;

    public sealed record Get;

    public sealed record Snap;

    public sealed record DeleteUpTo(long SequenceNr);

    public sealed record Added(string Text);

    public sealed record NotRegistered(string Text);

    public sealed record ListSnapshot(string[] Items);

    public sealed record Recovered(string[] Items, long LastSequenceNr, long? SnapshotAt, int Replayed);

    public sealed record Persisted(string Text, long SequenceNr);

    public sealed record State(string[] Items, long LastSequenceNr);

    public sealed record WasRejected(Exception Cause, long SequenceNr);

    public sealed record WasFailed(Exception Cause, long SequenceNr);

    public sealed record RecoveryFailed(Exception Cause);
}
