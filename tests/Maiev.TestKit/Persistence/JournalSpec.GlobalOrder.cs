using System.Collections.Immutable;
using Maiev.Runtime.Persistence;
using Xunit;

namespace Maiev.TestKit.Persistence;

/// <summary>The global ordered read (all events and by tag, from an offset).</summary>
public abstract partial class JournalSpec
{
    [SpecFact]
    public async Task Journal_reads_all_events_in_offset_order_and_resumes_after_an_offset()
    {
        var start = await Journal.ReadHighestOffsetAsync(CancellationToken.None);
        var a = NewId();
        var b = NewId();
        await WriteEventsAsync(a, 2);
        await WriteEventsAsync(b, 2);
        await Journal.WriteAsync(new AtomicWrite(a, new EventToWrite(3, Event(a, 3))), CancellationToken.None);

        var all = (await ToListAsync(Journal.ReadAllAsync(start, 1000, CancellationToken.None)))
            .Where(e => e.PersistenceId == a || e.PersistenceId == b).ToList();
        var firstTwo = await ToListAsync(Journal.ReadAllAsync(start, 2, CancellationToken.None));
        var rest = await ToListAsync(Journal.ReadAllAsync(firstTwo[^1].Offset, 1000, CancellationToken.None));

        Assert.Equal([(a, 1L), (a, 2L), (b, 1L), (b, 2L), (a, 3L)], all.Select(e => (e.PersistenceId, e.SequenceNr)));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Offset < p.Second.Offset), "offsets must ascend");
        Assert.Equal([(a, 1L), (a, 2L)], firstTwo.Select(e => (e.PersistenceId, e.SequenceNr)));
        Assert.Equal([(b, 1L), (b, 2L), (a, 3L)], rest.Where(e => e.PersistenceId == a || e.PersistenceId == b).Select(e => (e.PersistenceId, e.SequenceNr)));
        Assert.Equal(all[^1].Offset, await Journal.ReadHighestOffsetAsync(CancellationToken.None));
    }

    [SpecFact]
    public async Task Journal_reads_events_by_tag_from_an_offset()
    {
        var tag = "tag-" + Guid.NewGuid().ToString("N")[..8];
        var id = NewId();
        await Journal.WriteAsync(new AtomicWrite(id, [
            new EventToWrite(1, Event(id, 1), [tag]),
            new EventToWrite(2, Event(id, 2)),
            new EventToWrite(3, Event(id, 3), ["other", tag]),
            new EventToWrite(4, Event(id, 4), [tag])]), CancellationToken.None);

        var tagged = await ToListAsync(Journal.ReadTaggedAsync(tag, 0, 1000, CancellationToken.None));
        var afterFirst = await ToListAsync(Journal.ReadTaggedAsync(tag, tagged[0].Offset, 1, CancellationToken.None));

        Assert.Equal([1L, 3L, 4L], tagged.Select(e => e.SequenceNr));
        Assert.Equal([3L], afterFirst.Select(e => e.SequenceNr));
        Assert.Empty(await ToListAsync(Journal.ReadTaggedAsync("never-" + tag, 0, 1000, CancellationToken.None)));
    }

    [SpecFact]
    public async Task Journal_global_read_leaves_out_deleted_events()
    {
        var start = await Journal.ReadHighestOffsetAsync(CancellationToken.None);
        var id = await WriteEventsAsync(NewId(), 4);

        await Journal.DeleteMessagesToAsync(id, 2, CancellationToken.None);

        var all = await ToListAsync(Journal.ReadAllAsync(start, 1000, CancellationToken.None));
        Assert.Equal([3L, 4L], all.Where(e => e.PersistenceId == id).Select(e => e.SequenceNr));
    }

    [SpecFact]
    public async Task Journal_global_read_polled_during_concurrent_writes_sees_every_event_once_in_offset_order()
    {
        var start = await Journal.ReadHighestOffsetAsync(CancellationToken.None);
        var ids = new[] { NewId(), NewId(), NewId() };
        const int PerId = 40;
        var writers = ids.Select(id => Task.Run(async () =>
        {
            var journal = CreateJournal(TckRegistry.Create(), Clock);
            for (var seq = 1L; seq <= PerId; seq += 2)
            {
                await journal.WriteAsync(new AtomicWrite(id, [new EventToWrite(seq, Event(id, seq)), new EventToWrite(seq + 1, Event(id, seq + 1))]), CancellationToken.None);
            }
        })).ToArray();

        var seen = new List<PersistentRepresentation>();
        var offset = start;
        using var deadline = new CancellationTokenSource(Patience);
        while (seen.Count(e => ids.Contains(e.PersistenceId)) < ids.Length * PerId && !deadline.IsCancellationRequested)
        {
            var writersDone = writers.All(w => w.IsCompleted); // read before the page: an empty page after this is final
            var page = await ToListAsync(Journal.ReadAllAsync(offset, 7, CancellationToken.None));
            seen.AddRange(page);
            offset = page.Count > 0 ? page[^1].Offset : offset;
            if (page.Count == 0)
            {
                if (writersDone)
                {
                    break;
                }

                await Task.Delay(5, CancellationToken.None);
            }
        }

        await Task.WhenAll(writers);
        var ours = seen.Where(e => ids.Contains(e.PersistenceId)).ToList();
        Assert.True(ours.Count == ids.Length * PerId,
            $"the polling reader saw {ours.Count} of {ids.Length * PerId} events: a reader resuming after its last offset skipped some");
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.First.Offset < p.Second.Offset), "offsets must strictly ascend");
        foreach (var id in ids)
        {
            Assert.Equal(Enumerable.Range(1, PerId).Select(i => (long)i), ours.Where(e => e.PersistenceId == id).Select(e => e.SequenceNr));
        }
    }
}
