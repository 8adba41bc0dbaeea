using Maiev.Runtime.Persistence.Serialization;

namespace Maiev.Runtime.Persistence.InMemory;

/// <summary>A snapshot store in process memory, for tests; stores serialized snapshots like the durable stores.</summary>
public sealed class InMemorySnapshotStore : ISnapshotStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SortedList<long, (SnapshotMetadata Metadata, SerializedEvent Data)>> _byId = new(StringComparer.Ordinal);
    private readonly EventTypeRegistry _registry;

    /// <summary>Creates an empty store.</summary>
    public InMemorySnapshotStore(EventTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
    }

    /// <inheritdoc />
    public Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(snapshot);
        var data = _registry.Serialize(snapshot);
        var stored = metadata with { Timestamp = JournalTime.Truncate(metadata.Timestamp) };
        lock (_gate)
        {
            if (!_byId.TryGetValue(metadata.PersistenceId, out var list))
            {
                list = [];
                _byId.Add(metadata.PersistenceId, list);
            }

            list[metadata.SequenceNr] = (stored, data);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        (SnapshotMetadata Metadata, SerializedEvent Data)? found = null;
        lock (_gate)
        {
            if (_byId.TryGetValue(persistenceId, out var list))
            {
                foreach (var stored in list.Values.Reverse())
                {
                    if (criteria.Matches(stored.Metadata))
                    {
                        found = stored;
                        break;
                    }
                }
            }
        }

        if (found is not { } hit)
        {
            return Task.FromResult<SelectedSnapshot?>(null);
        }

        var state = _registry.Deserialize(hit.Data.Manifest, hit.Data.Version, hit.Data.Data, persistenceId, hit.Metadata.SequenceNr);
        return Task.FromResult<SelectedSnapshot?>(new SelectedSnapshot(hit.Metadata, state));
    }

    /// <inheritdoc />
    public Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        lock (_gate)
        {
            if (_byId.TryGetValue(metadata.PersistenceId, out var list))
            {
                list.Remove(metadata.SequenceNr);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        lock (_gate)
        {
            if (_byId.TryGetValue(persistenceId, out var list))
            {
                foreach (var key in list.Values.Where(s => criteria.Matches(s.Metadata)).Select(s => s.Metadata.SequenceNr).ToList())
                {
                    list.Remove(key);
                }
            }
        }

        return Task.CompletedTask;
    }
}
