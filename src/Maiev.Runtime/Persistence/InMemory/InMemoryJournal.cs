using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Maiev.Runtime.Persistence.Serialization;

namespace Maiev.Runtime.Persistence.InMemory;

/// <summary>
/// A journal in process memory, for tests. It stores serialized events (so serialization is exercised and a later
/// mutation of a persisted object cannot change history) and keeps the same contract as the durable journals.
/// </summary>
public sealed class InMemoryJournal : IJournal
{
    private readonly InMemoryJournalData _data;
    private readonly EventTypeRegistry _registry;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates an empty journal.</summary>
    public InMemoryJournal(EventTypeRegistry registry, TimeProvider timeProvider)
        : this(new InMemoryJournalData(), registry, timeProvider)
    {
    }

    private InMemoryJournal(InMemoryJournalData data, EventTypeRegistry registry, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _data = data;
        _registry = registry;
        _timeProvider = timeProvider;
    }

    /// <summary>Another writer over the same stored events, reading them with <paramref name="registry"/>.</summary>
    public InMemoryJournal WithRegistry(EventTypeRegistry registry) => new(_data, registry, _timeProvider);

    /// <inheritdoc />
    public Task WriteAsync(AtomicWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        cancellationToken.ThrowIfCancellationRequested();
        var serialized = _registry.SerializeWrite(write);
        _data.Append(write, serialized, JournalTime.Now(_timeProvider));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PersistentRepresentation> ReplayAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (var row in _data.Replay(persistenceId, fromSequenceNr, toSequenceNr, max))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ToRepresentation(row);
        }
    }

    /// <inheritdoc />
    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        return Task.FromResult(_data.Highest(persistenceId));
    }

    /// <inheritdoc />
    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        _data.DeleteTo(persistenceId, toSequenceNr);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PersistentRepresentation> ReadAllAsync(
        long afterOffset, int max, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (var row in _data.ReadAll(afterOffset, max, tag: null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ToRepresentation(row);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PersistentRepresentation> ReadTaggedAsync(
        string tag, long afterOffset, int max, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (var row in _data.ReadAll(afterOffset, max, tag))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ToRepresentation(row);
        }
    }

    /// <inheritdoc />
    public Task<long> ReadHighestOffsetAsync(CancellationToken cancellationToken) => Task.FromResult(_data.HighestOffset());

    private PersistentRepresentation ToRepresentation(InMemoryJournalData.Row row) =>
        new(row.PersistenceId, row.SequenceNr,
            _registry.Deserialize(row.Event.Manifest, row.Event.Version, row.Event.Data, row.PersistenceId, row.SequenceNr),
            row.Event.Manifest, row.Timestamp, row.Tags, row.Offset);
}
