using Maiev.Node.Persistence.Postgres;
using Maiev.Node.Persistence.Sqlite;
using Maiev.Node.Tests.Persistence.Postgres;
using Maiev.Node.Tests.Persistence.Sqlite;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence;
using Maiev.TestKit.Actors;
using Maiev.TestKit.Persistence;
using Maiev.TestKit.Servers;
using Npgsql;

namespace Maiev.Node.Tests.Persistence;

/// <summary>Persistent actors on the real journals: recovery across a restart, and the two-node fence.</summary>
public sealed class PersistentActorOnRealStoresTests(PostgresSchemaFixture schema) : IClassFixture<PostgresSchemaFixture>, IDisposable
{
    private readonly TempSqliteFile _file = new();
    private readonly string _id = "service-" + Guid.NewGuid().ToString("N")[..8];

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Actor_on_sqlite_recovers_its_notes_after_a_restart_of_the_whole_node()
    {
        var context = SqliteContext();
        await using (var node = new ActorTestKit())
        {
            var probe = node.CreateProbe();
            var actor = node.ActorOf(Props.Create(() => new NoteActor(context, _id, probe)));
            await probe.ExpectMsgAsync<NoteActor.Recovered>();
            actor.Tell("one");
            actor.Tell("two");
            await probe.ExpectMsgAsync(new NoteActor.Persisted("one", 1));
            await probe.ExpectMsgAsync(new NoteActor.Persisted("two", 2));
        }

        await using var restarted = new ActorTestKit();
        var again = restarted.CreateProbe();
        restarted.ActorOf(Props.Create(() => new NoteActor(SqliteContext(), _id, again)));

        var recovered = await again.ExpectMsgAsync<NoteActor.Recovered>();
        Assert.Equal(["one", "two"], recovered.Notes);
        Assert.Equal(2, recovered.LastSequenceNr);
    }

    [ServerFact(Server.Postgres)]
    public async Task Stale_owner_on_another_node_cannot_append_and_fails_saying_someone_else_wrote()
    {
        await using var nodeA = new ActorTestKit();
        await using var nodeB = new ActorTestKit();
        var probeA = nodeA.CreateProbe();
        var probeB = nodeB.CreateProbe();
        var ownerA = nodeA.ActorOf(Props.Create(() => new NoteActor(PostgresContext(), _id, probeA)));
        var contextB = PostgresContext();
        var staleB = nodeB.ActorOf(BackoffHost.Props(Props.Create(() => new NoteActor(contextB, _id, probeB)), probeB));
        await probeA.ExpectMsgAsync<NoteActor.Recovered>();
        await probeB.ExpectMsgAsync<NoteActor.Recovered>();

        ownerA.Tell("scale 3 -> 4");
        await probeA.ExpectMsgAsync(new NoteActor.Persisted("scale 3 -> 4", 1));
        staleB.Tell("scale 3 -> 2");

        var failed = await probeB.ExpectMsgAsync<NoteActor.Failed>();
        var conflict = Assert.IsType<JournalConcurrencyException>(failed.Cause);
        Assert.Contains("someone else wrote", conflict.Message, StringComparison.Ordinal);
        Assert.Equal("23505", Assert.IsType<PostgresException>(conflict.InnerException).SqlState);
        Assert.IsType<JournalConcurrencyException>((await probeB.ExpectMsgAsync<BackoffChildFailed>()).Cause);
        var stored = await new PostgresJournal(schema.Open(), NoteActor.Registry(), TimeProvider.System)
            .ReplayAsync(_id, 1, long.MaxValue, long.MaxValue, CancellationToken.None).ToListAsync();
        Assert.Equal(new NoteActor.Noted("scale 3 -> 4"), Assert.Single(stored).Payload);
    }

    private PersistenceContext SqliteContext()
    {
        var file = new SqliteDatabase(_file.ConnectionString);
        return new PersistenceContext(
            new SqliteJournal(file, NoteActor.Registry(), TimeProvider.System), new SqliteSnapshotStore(file, NoteActor.Registry()));
    }

    private PersistenceContext PostgresContext()
    {
        var database = schema.Open();
        return new PersistenceContext(
            new PostgresJournal(database, NoteActor.Registry(), TimeProvider.System), new PostgresSnapshotStore(database, NoteActor.Registry()));
    }
}
