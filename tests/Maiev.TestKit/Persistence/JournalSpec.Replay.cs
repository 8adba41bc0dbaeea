using Xunit;

namespace Maiev.TestKit.Persistence;

/// <summary>Replay cases of the Akka.Persistence TCK.</summary>
public abstract partial class JournalSpec
{
    [SpecFact]
    public async Task Journal_replays_all_events()
    {
        var id = await WriteEventsAsync(NewId());
        Assert.Equal([1, 2, 3, 4, 5], await ReplaySeqsAsync(id, 1, long.MaxValue, long.MaxValue));
    }

    [SpecFact]
    public async Task Journal_replays_events_from_a_lower_bound()
    {
        var id = await WriteEventsAsync(NewId());
        Assert.Equal([3, 4, 5], await ReplaySeqsAsync(id, 3, long.MaxValue, long.MaxValue));
    }

    [SpecFact]
    public async Task Journal_replays_events_up_to_an_upper_bound()
    {
        var id = await WriteEventsAsync(NewId());
        Assert.Equal([1, 2, 3], await ReplaySeqsAsync(id, 1, 3, long.MaxValue));
    }

    [SpecFact]
    public async Task Journal_replays_at_most_the_count_limit()
    {
        var id = await WriteEventsAsync(NewId());
        Assert.Equal([1, 2, 3], await ReplaySeqsAsync(id, 1, long.MaxValue, 3));
    }

    [SpecFact]
    public async Task Journal_replays_between_a_lower_and_an_upper_bound()
    {
        var id = await WriteEventsAsync(NewId());
        Assert.Equal([2, 3], await ReplaySeqsAsync(id, 2, 3, long.MaxValue));
    }

    [SpecFact]
    public async Task Journal_replays_with_lower_and_upper_bounds_and_a_count_limit()
    {
        var id = await WriteEventsAsync(NewId());
        Assert.Equal([2, 3], await ReplaySeqsAsync(id, 2, 5, 2));
    }

    [SpecFact]
    public async Task Journal_replays_a_single_event_when_lower_equals_upper()
    {
        var id = await WriteEventsAsync(NewId());
        Assert.Equal([2], await ReplaySeqsAsync(id, 2, 2, long.MaxValue));
    }

    [SpecFact]
    public async Task Journal_replays_a_single_event_with_a_count_of_one()
    {
        var id = await WriteEventsAsync(NewId());
        Assert.Equal([2], await ReplaySeqsAsync(id, 2, 5, 1));
    }

    [SpecFact]
    public async Task Journal_replays_nothing_with_a_count_of_zero()
    {
        var id = await WriteEventsAsync(NewId());
        Assert.Empty(await ReplaySeqsAsync(id, 1, long.MaxValue, 0));
    }

    [SpecFact]
    public async Task Journal_replays_nothing_when_lower_is_above_upper()
    {
        var id = await WriteEventsAsync(NewId());
        Assert.Empty(await ReplaySeqsAsync(id, 3, 2, long.MaxValue));
    }

    [SpecFact]
    public async Task Journal_replays_nothing_for_a_never_written_id()
    {
        Assert.Empty(await ReplaySeqsAsync(NewId(), 1, long.MaxValue, long.MaxValue));
        Assert.Equal(0, await Journal.ReadHighestSequenceNrAsync(NewId(), CancellationToken.None));
    }

    [SpecFact]
    public async Task Journal_replays_nothing_of_a_deleted_range()
    {
        var id = await WriteEventsAsync(NewId());

        await Journal.DeleteMessagesToAsync(id, 3, CancellationToken.None);

        Assert.Empty(await ReplaySeqsAsync(id, 1, 3, long.MaxValue));
        Assert.Equal([4, 5], await ReplaySeqsAsync(id, 1, long.MaxValue, long.MaxValue));
    }

    [SpecFact]
    public async Task Journal_keeps_the_highest_sequence_number_after_a_deletion()
    {
        var id = await WriteEventsAsync(NewId());

        await Journal.DeleteMessagesToAsync(id, 3, CancellationToken.None);

        Assert.Equal(5, await Journal.ReadHighestSequenceNrAsync(id, CancellationToken.None));
    }

    [SpecFact]
    public async Task Journal_keeps_the_highest_sequence_number_after_cleanup_and_fences_reused_numbers()
    {
        var id = await WriteEventsAsync(NewId());

        await Journal.DeleteMessagesToAsync(id, long.MaxValue, CancellationToken.None);

        Assert.Empty(await ReplaySeqsAsync(id, 1, long.MaxValue, long.MaxValue));
        Assert.Equal(5, await Journal.ReadHighestSequenceNrAsync(id, CancellationToken.None));
        await Assert.ThrowsAsync<Runtime.Persistence.JournalConcurrencyException>(() =>
            Journal.WriteAsync(new(id, new Runtime.Persistence.EventToWrite(3, Event(id, 3))), CancellationToken.None));
        await Journal.WriteAsync(new(id, new Runtime.Persistence.EventToWrite(6, Event(id, 6))), CancellationToken.None);
        Assert.Equal([6], await ReplaySeqsAsync(id, 1, long.MaxValue, long.MaxValue));
    }
}
