using Maiev.Node.Persistence.Postgres;
using Maiev.Node.Persistence.Sqlite;
using Maiev.Node.Tests.CrashWriter;
using Maiev.Node.Tests.Persistence.Postgres;
using Maiev.Node.Tests.Persistence.Sqlite;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Maiev.TestKit.Servers;

namespace Maiev.Node.Tests.Persistence.CrashSafety;

/// <summary>
/// A child process appends batches in a loop and is killed with SIGKILL at varying moments; after each kill the
/// replay must be contiguous from 1, hold every confirmed event, no torn batch, no duplicate, and a body matching each
/// sequence number. The next child then recovers and goes on.
/// </summary>
public sealed class JournalCrashSafetyTests(PostgresSchemaFixture schema) : IClassFixture<PostgresSchemaFixture>, IDisposable
{
    private const int Batch = 5;
    private static readonly (int Confirmations, int DelayMs)[] Rounds = [(3, 0), (10, 3), (25, 0), (6, 15)];
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task Sqlite_journal_keeps_every_confirmed_event_and_no_torn_batch_across_sigkills()
    {
        var registry = Registry();
        await KillRepeatedlyAsync("sqlite", _file.ConnectionString, "-", () =>
            new SqliteJournal(new SqliteDatabase(_file.ConnectionString), registry, TimeProvider.System));
    }

    [ServerFact(Server.Postgres)]
    public async Task Postgres_journal_keeps_every_confirmed_event_and_no_torn_batch_across_sigkills()
    {
        var registry = Registry();
        await KillRepeatedlyAsync("postgres", TestServers.Postgres, schema.Schema, () =>
            new PostgresJournal(schema.Open(), registry, TimeProvider.System));
    }

    public void Dispose() => _file.Dispose();

    private static EventTypeRegistry Registry() => new EventTypeRegistry().Register<CrashEvent>(CrashEvent.Manifest);

    private static async Task KillRepeatedlyAsync(string kind, string connection, string schemaName, Func<IJournal> open)
    {
        var id = "crash-" + Guid.NewGuid().ToString("N")[..10];
        var previous = 0L;
        foreach (var (confirmations, delayMs) in Rounds)
        {
            var confirmed = await CrashWriterProcess.RunAndKillAsync(kind, connection, schemaName, id, Batch, confirmations, delayMs);
            var journal = open();

            var events = await journal.ReplayAsync(id, 1, long.MaxValue, long.MaxValue, CancellationToken.None).ToListAsync();
            var highest = await journal.ReadHighestSequenceNrAsync(id, CancellationToken.None);

            var seqs = events.Select(e => e.SequenceNr).ToList();
            Assert.True(seqs.SequenceEqual(Enumerable.Range(1, seqs.Count).Select(i => (long)i)),
                $"{kind}: replay is not contiguous from 1 (or has duplicates): {Describe(seqs)}");
            Assert.True(seqs.Count >= confirmed,
                $"{kind}: the writer confirmed up to {confirmed} but only {seqs.Count} events are stored");
            Assert.True(seqs.Count % Batch == 0,
                $"{kind}: {seqs.Count} events stored, not a whole number of {Batch}-event batches: a batch was torn");
            Assert.True(seqs.Count <= confirmed + Batch,
                $"{kind}: {seqs.Count} events stored but at most one unconfirmed batch past {confirmed} may have committed");
            Assert.True(confirmed > previous, $"{kind}: the restarted writer confirmed nothing new ({confirmed} after {previous})");
            Assert.Equal(seqs.Count, highest);
            foreach (var e in events)
            {
                Assert.Equal(CrashEvent.For(e.SequenceNr), e.Payload);
            }

            previous = seqs.Count;
        }
    }

    private static string Describe(List<long> seqs) =>
        seqs.Count <= 20 ? string.Join(",", seqs) : $"{seqs.Count} events, first gap or duplicate near " +
            seqs.Select((s, i) => (s, i)).FirstOrDefault(p => p.s != p.i + 1).i;
}
