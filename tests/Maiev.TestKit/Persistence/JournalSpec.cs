using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Xunit;

namespace Maiev.TestKit.Persistence;

/// <summary>
/// The conformance spec every <see cref="IJournal"/> passes: the cases of the Akka.Persistence TCK, plus two writers
/// racing for one sequence number, atomicity of a batch, and the global ordered read. A concrete class says how to
/// open the store under test; every call to <see cref="CreateJournal"/> in one test must open the same store.
/// </summary>
public abstract partial class JournalSpec
{
    /// <summary>Generous bound for anything that waits.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The clock the journals under test stamp events with.</summary>
    protected SpecClock Clock { get; } = new();

    /// <summary>Opens the store under test (the same store on every call) reading and writing with <paramref name="registry"/>.</summary>
    protected abstract IJournal CreateJournal(EventTypeRegistry registry, TimeProvider timeProvider);

    /// <summary>The journal most cases use.</summary>
    protected IJournal Journal => _journal ??= CreateJournal(TckRegistry.Create(), Clock);

    private IJournal? _journal;

    /// <summary>A fresh persistence id.</summary>
    protected static string NewId() => "tck-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Writes events 1..<paramref name="count"/> of <paramref name="persistenceId"/>, one atomic write each.</summary>
    protected async Task<string> WriteEventsAsync(string persistenceId, int count = 5)
    {
        for (var seq = 1L; seq <= count; seq++)
        {
            await Journal.WriteAsync(new AtomicWrite(persistenceId, new EventToWrite(seq, Event(persistenceId, seq))), CancellationToken.None);
        }

        return persistenceId;
    }

    /// <summary>The event the spec writes at <paramref name="seq"/>.</summary>
    protected static TckEvent Event(string persistenceId, long seq) => new($"{persistenceId}-{seq}", seq);

    /// <summary>The sequence numbers a replay returns.</summary>
    protected async Task<List<long>> ReplaySeqsAsync(string persistenceId, long from, long to, long max)
    {
        var seqs = new List<long>();
        await foreach (var e in Journal.ReplayAsync(persistenceId, from, to, max, CancellationToken.None))
        {
            Assert.Equal(persistenceId, e.PersistenceId);
            Assert.Equal(Event(persistenceId, e.SequenceNr), e.Payload);
            seqs.Add(e.SequenceNr);
        }

        return seqs;
    }

    /// <summary>Every event a replay returns.</summary>
    protected static async Task<List<PersistentRepresentation>> ReplayAllAsync(IJournal journal, string persistenceId)
    {
        var events = new List<PersistentRepresentation>();
        await foreach (var e in journal.ReplayAsync(persistenceId, 1, long.MaxValue, long.MaxValue, CancellationToken.None))
        {
            events.Add(e);
        }

        return events;
    }

    /// <summary>Drains an async sequence into a list.</summary>
    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
