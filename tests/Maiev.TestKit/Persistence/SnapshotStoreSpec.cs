using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Xunit;

namespace Maiev.TestKit.Persistence;

/// <summary>
/// The conformance spec every <see cref="ISnapshotStore"/> passes (the snapshot cases of the Akka.Persistence TCK).
/// Every call to <see cref="CreateStore"/> in one test must open the same store.
/// </summary>
public abstract class SnapshotStoreSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 6, 7, 8, 9, TimeSpan.Zero);
    private ISnapshotStore? _store;

    /// <summary>Opens the store under test (the same store on every call) with <paramref name="registry"/>.</summary>
    protected abstract ISnapshotStore CreateStore(EventTypeRegistry registry);

    /// <summary>The store most cases use.</summary>
    protected ISnapshotStore Store => _store ??= CreateStore(TckRegistry.Create());

    /// <summary>Saves snapshots at 10, 20 and 30, taken at T0+1s, +2s, +3s, and returns the id.</summary>
    private async Task<string> SaveThreeAsync()
    {
        var id = "snap-" + Guid.NewGuid().ToString("N")[..12];
        for (var i = 1; i <= 3; i++)
        {
            await Store.SaveAsync(new SnapshotMetadata(id, i * 10, T0.AddSeconds(i)), new TckSnapshot($"state-{i * 10}", i), CancellationToken.None);
        }

        return id;
    }

    private async Task<long?> LoadSeqAsync(string id, SnapshotSelectionCriteria criteria)
    {
        var loaded = await Store.LoadAsync(id, criteria, CancellationToken.None);
        if (loaded is null)
        {
            return null;
        }

        Assert.Equal($"state-{loaded.Metadata.SequenceNr}", Assert.IsType<TckSnapshot>(loaded.Snapshot).State);
        Assert.Equal(T0.AddSeconds(loaded.Metadata.SequenceNr / 10), loaded.Metadata.Timestamp);
        return loaded.Metadata.SequenceNr;
    }

    [SpecFact]
    public async Task Store_loads_nothing_for_an_id_without_snapshots() =>
        Assert.Null(await Store.LoadAsync("never-" + Guid.NewGuid(), SnapshotSelectionCriteria.Latest, CancellationToken.None));

    [SpecFact]
    public async Task Store_loads_the_latest_snapshot()
    {
        var id = await SaveThreeAsync();
        Assert.Equal(30, await LoadSeqAsync(id, SnapshotSelectionCriteria.Latest));
    }

    [SpecFact]
    public async Task Store_loads_the_latest_snapshot_up_to_a_sequence_number()
    {
        var id = await SaveThreeAsync();
        Assert.Equal(20, await LoadSeqAsync(id, SnapshotSelectionCriteria.UpTo(25)));
        Assert.Equal(20, await LoadSeqAsync(id, SnapshotSelectionCriteria.UpTo(20)));
        Assert.Null(await LoadSeqAsync(id, SnapshotSelectionCriteria.UpTo(5)));
    }

    [SpecFact]
    public async Task Store_loads_the_latest_snapshot_up_to_a_timestamp()
    {
        var id = await SaveThreeAsync();
        Assert.Equal(20, await LoadSeqAsync(id, new SnapshotSelectionCriteria(long.MaxValue, T0.AddSeconds(2.5))));
        Assert.Equal(10, await LoadSeqAsync(id, new SnapshotSelectionCriteria(long.MaxValue, T0.AddSeconds(1))));
        Assert.Null(await LoadSeqAsync(id, new SnapshotSelectionCriteria(long.MaxValue, T0)));
    }

    [SpecFact]
    public async Task Store_loads_within_lower_and_upper_bounds()
    {
        var id = await SaveThreeAsync();
        Assert.Equal(20, await LoadSeqAsync(id, new SnapshotSelectionCriteria(25, DateTimeOffset.MaxValue, MinSequenceNr: 15)));
        Assert.Null(await LoadSeqAsync(id, new SnapshotSelectionCriteria(long.MaxValue, DateTimeOffset.MaxValue, MinTimestamp: T0.AddSeconds(4))));
    }

    [SpecFact]
    public async Task Store_deletes_a_single_snapshot()
    {
        var id = await SaveThreeAsync();

        await Store.DeleteAsync(new SnapshotMetadata(id, 30, default), CancellationToken.None);

        Assert.Equal(20, await LoadSeqAsync(id, SnapshotSelectionCriteria.Latest));
    }

    [SpecFact]
    public async Task Store_deletes_snapshots_matching_criteria_and_only_those()
    {
        var id = await SaveThreeAsync();
        var other = await SaveThreeAsync();

        await Store.DeleteAsync(id, SnapshotSelectionCriteria.UpTo(20), CancellationToken.None);

        Assert.Null(await LoadSeqAsync(id, SnapshotSelectionCriteria.UpTo(25)));
        Assert.Equal(30, await LoadSeqAsync(id, SnapshotSelectionCriteria.Latest));
        Assert.Equal(20, await LoadSeqAsync(other, SnapshotSelectionCriteria.UpTo(25)));
    }

    [SpecFact]
    public async Task Store_overwrites_a_snapshot_with_the_same_sequence_number()
    {
        var id = await SaveThreeAsync();

        await Store.SaveAsync(new SnapshotMetadata(id, 30, T0.AddSeconds(3)), new TckSnapshot("state-30", 99), CancellationToken.None);

        var loaded = await Store.LoadAsync(id, SnapshotSelectionCriteria.Latest, CancellationToken.None);
        Assert.Equal(new TckSnapshot("state-30", 99), loaded?.Snapshot);
    }

    [SpecFact]
    public async Task Store_saves_and_loads_a_large_snapshot()
    {
        var id = "snap-" + Guid.NewGuid().ToString("N")[..12];
        var big = new TckSnapshot(string.Create(4 * 1024 * 1024, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + (i % 26));
            }
        }), 4);

        await Store.SaveAsync(new SnapshotMetadata(id, 1, T0), big, CancellationToken.None);

        var loaded = await Store.LoadAsync(id, SnapshotSelectionCriteria.Latest, CancellationToken.None);
        Assert.Equal(big, loaded?.Snapshot);
    }

    [SpecFact]
    public async Task Store_refuses_an_unregistered_snapshot_type_and_stores_nothing()
    {
        var id = "snap-" + Guid.NewGuid().ToString("N")[..12];

        await Assert.ThrowsAsync<EventSerializationException>(() =>
            Store.SaveAsync(new SnapshotMetadata(id, 1, T0), new TckUnregistered("x"), CancellationToken.None));

        Assert.Null(await Store.LoadAsync(id, SnapshotSelectionCriteria.Latest, CancellationToken.None));
    }
}
