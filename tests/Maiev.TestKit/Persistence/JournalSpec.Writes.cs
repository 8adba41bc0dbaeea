using System.Collections.Immutable;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Xunit;

namespace Maiev.TestKit.Persistence;

/// <summary>Write cases: serialization, rejection, atomicity and the two-writer fence.</summary>
public abstract partial class JournalSpec
{
    [SpecFact]
    public async Task Journal_serializes_events_and_returns_them_with_manifest_tags_and_timestamp()
    {
        var id = NewId();
        var rich = new TckRichEvent("scale", new DateTimeOffset(2026, 3, 4, 5, 6, 7, 89, TimeSpan.FromHours(2)),
            TimeSpan.FromMilliseconds(1500), Guid.NewGuid(), ["a", "b"],
            ImmutableDictionary<string, double>.Empty.Add("latency", 1.25), new TckNested(true, 12.5m, null));

        await Journal.WriteAsync(new AtomicWrite(id, new EventToWrite(1, rich, ["decisions", "svc"])), CancellationToken.None);

        var stored = Assert.Single(await ReplayAllAsync(Journal, id));
        var back = Assert.IsType<TckRichEvent>(stored.Payload);
        Assert.Equal((rich.Name, rich.At, rich.Duration, rich.Id, rich.Nested), (back.Name, back.At, back.Duration, back.Id, back.Nested));
        Assert.Equal(rich.Items.ToArray(), back.Items.ToArray());
        Assert.Equal(rich.Values.OrderBy(p => p.Key).ToArray(), back.Values.OrderBy(p => p.Key).ToArray());
        Assert.Equal("tck.rich-event", stored.Manifest);
        Assert.Equal(["decisions", "svc"], stored.Tags.ToArray());
        Assert.Equal(JournalTime.Now(Clock), stored.Timestamp);
        Assert.True(stored.Offset > 0, $"offset {stored.Offset} should be positive");
    }

    [SpecFact]
    public async Task Journal_rejects_an_unregistered_event_and_stores_nothing()
    {
        var id = await WriteEventsAsync(NewId(), 2);

        var error = await Assert.ThrowsAsync<JournalWriteRejectedException>(() => Journal.WriteAsync(
            new AtomicWrite(id, [new EventToWrite(3, Event(id, 3)), new EventToWrite(4, new TckUnregistered("x"))]),
            CancellationToken.None));

        Assert.Contains("TckUnregistered", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, await Journal.ReadHighestSequenceNrAsync(id, CancellationToken.None));
        Assert.Equal([1, 2], await ReplaySeqsAsync(id, 1, long.MaxValue, long.MaxValue));
        await Journal.WriteAsync(new AtomicWrite(id, new EventToWrite(3, Event(id, 3))), CancellationToken.None);
        Assert.Equal([1, 2, 3], await ReplaySeqsAsync(id, 1, long.MaxValue, long.MaxValue));
    }

    [SpecFact]
    public async Task Journal_rejects_an_event_the_serializer_refuses_and_stores_nothing()
    {
        var id = NewId();
        var cycle = new TckCycle();
        cycle.Next = cycle;

        await Assert.ThrowsAsync<JournalWriteRejectedException>(() => Journal.WriteAsync(
            new AtomicWrite(id, [new EventToWrite(1, Event(id, 1)), new EventToWrite(2, cycle)]), CancellationToken.None));

        Assert.Equal(0, await Journal.ReadHighestSequenceNrAsync(id, CancellationToken.None));
        Assert.Empty(await ReplaySeqsAsync(id, 1, long.MaxValue, long.MaxValue));
    }

    [SpecFact]
    public async Task Journal_stores_none_of_a_batch_whose_sequence_number_is_taken()
    {
        var id = await WriteEventsAsync(NewId(), 3);

        var error = await Assert.ThrowsAsync<JournalConcurrencyException>(() => Journal.WriteAsync(
            new AtomicWrite(id, [new EventToWrite(3, Event(id, 3)), new EventToWrite(4, Event(id, 4)), new EventToWrite(5, Event(id, 5))]),
            CancellationToken.None));

        Assert.Equal(id, error.PersistenceId);
        Assert.Contains("someone else wrote", error.Message, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], await ReplaySeqsAsync(id, 1, long.MaxValue, long.MaxValue));
        Assert.Equal(3, await Journal.ReadHighestSequenceNrAsync(id, CancellationToken.None));
    }

    [SpecFact]
    public async Task Journal_stores_a_batch_of_many_events_atomically_in_order()
    {
        var id = NewId();
        var batch = Enumerable.Range(1, 100).Select(i => new EventToWrite(i, Event(id, i))).ToImmutableArray();

        await Journal.WriteAsync(new AtomicWrite(id, batch), CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), await ReplaySeqsAsync(id, 1, long.MaxValue, long.MaxValue));
        Assert.Equal(100, await Journal.ReadHighestSequenceNrAsync(id, CancellationToken.None));
    }

    [SpecFact]
    public async Task Two_writers_appending_the_same_sequence_number_one_wins_and_the_other_gets_the_concurrency_error()
    {
        var id = NewId();
        var first = CreateJournal(TckRegistry.Create(), Clock);
        var second = CreateJournal(TckRegistry.Create(), Clock);

        for (var seq = 1L; seq <= 10; seq++)
        {
            var a = new TckEvent($"writer-a-{seq}", seq);
            var b = new TckEvent($"writer-b-{seq}", seq);
            var writeA = Task.Run(() => first.WriteAsync(new AtomicWrite(id, new EventToWrite(seq, a)), CancellationToken.None));
            var writeB = Task.Run(() => second.WriteAsync(new AtomicWrite(id, new EventToWrite(seq, b)), CancellationToken.None));
            var outcomes = await Task.WhenAll(Outcome(writeA), Outcome(writeB));

            Assert.True(outcomes.Count(o => o is null) == 1,
                $"at sequence number {seq} exactly one writer must win; errors were: {string.Join(" | ", outcomes.Select(o => o?.GetType().Name ?? "none"))}");
            var loser = Assert.Single(outcomes, o => o is not null);
            Assert.IsType<JournalConcurrencyException>(loser);
            var winner = outcomes[0] is null ? a : b;
            var stored = (await ReplayAllAsync(second, id)).Where(e => e.SequenceNr == seq).ToList();
            Assert.Equal(winner, Assert.Single(stored).Payload);
        }

        Assert.Equal(10, (await ReplayAllAsync(first, id)).Count);
    }

    [SpecFact]
    public async Task Journal_replay_of_an_unknown_manifest_names_id_sequence_number_and_manifest()
    {
        var id = await WriteEventsAsync(NewId(), 2);
        var reader = CreateJournal(TckRegistry.WithoutEvents(), Clock);

        var error = await Assert.ThrowsAsync<EventDeserializationException>(() => ReplayAllAsync(reader, id));

        Assert.Equal((id, 1L, "tck.event"), (error.PersistenceId, error.SequenceNr, error.Manifest));
        Assert.Contains(id, error.Message, StringComparison.Ordinal);
        Assert.Contains("tck.event", error.Message, StringComparison.Ordinal);
    }

    private static async Task<Exception?> Outcome(Task write)
    {
        try
        {
            await write;
            return null;
        }
        catch (JournalException e)
        {
            return e;
        }
    }
}
