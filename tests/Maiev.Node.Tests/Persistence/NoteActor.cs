using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;

namespace Maiev.Node.Tests.Persistence;

/// <summary>A small persistent actor for tests on real stores: persists each string it is told as a note.</summary>
internal sealed class NoteActor : PersistentActor
{
    private readonly IActorRef _probe;
    private readonly List<string> _notes = [];

    public NoteActor(PersistenceContext persistence, string id, IActorRef probe)
        : base(persistence)
    {
        PersistenceId = id;
        _probe = probe;
        Recover<Noted>(n => _notes.Add(n.Text));
        Recover<RecoveryCompleted>(_ => _probe.Tell(new Recovered([.. _notes], LastSequenceNr)));
        Command<string>(text => Persist(new Noted(text), n =>
        {
            _notes.Add(n.Text);
            _probe.Tell(new Persisted(n.Text, LastSequenceNr));
        }));
    }

    public override string PersistenceId { get; }

    public static EventTypeRegistry Registry() => new EventTypeRegistry().Register<Noted>("test.noted");

    protected override void OnPersistFailure(Exception cause, object persistedEvent, long sequenceNr)
    {
        base.OnPersistFailure(cause, persistedEvent, sequenceNr);
        _probe.Tell(new Failed(cause));
    }

    public sealed record Noted(string Text);

    public sealed record Recovered(string[] Notes, long LastSequenceNr);

    public sealed record Persisted(string Text, long SequenceNr);

    public sealed record Failed(Exception Cause);
}
