using System.Collections.Immutable;
using Maiev.Runtime.Persistence.Serialization;

namespace Maiev.Runtime.Persistence.InMemory;

/// <summary>The rows of an <see cref="InMemoryJournal"/>, guarded by one lock so offsets follow commit order.</summary>
internal sealed class InMemoryJournalData
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SortedList<long, Row>> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _highest = new(StringComparer.Ordinal);
    private readonly SortedList<long, Row> _all = [];
    private long _offset;

    internal sealed record Row(string PersistenceId, long SequenceNr, SerializedEvent Event, DateTimeOffset Timestamp, ImmutableArray<string> Tags, long Offset);

    public void Append(AtomicWrite write, ImmutableArray<SerializedEvent> events, DateTimeOffset timestamp)
    {
        lock (_gate)
        {
            var highest = _highest.GetValueOrDefault(write.PersistenceId);
            if (write.LowestSequenceNr <= highest)
            {
                throw new JournalConcurrencyException(write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr);
            }

            if (!_byId.TryGetValue(write.PersistenceId, out var rows))
            {
                rows = [];
                _byId.Add(write.PersistenceId, rows);
            }

            for (var i = 0; i < events.Length; i++)
            {
                var e = write.Events[i];
                var row = new Row(write.PersistenceId, e.SequenceNr, events[i], timestamp, e.Tags.IsDefault ? [] : e.Tags, ++_offset);
                rows.Add(row.SequenceNr, row);
                _all.Add(row.Offset, row);
            }

            _highest[write.PersistenceId] = write.HighestSequenceNr;
        }
    }

    public List<Row> Replay(string persistenceId, long from, long to, long max)
    {
        lock (_gate)
        {
            if (max <= 0 || from > to || !_byId.TryGetValue(persistenceId, out var rows))
            {
                return [];
            }

            return [.. rows.Values.Where(r => r.SequenceNr >= from && r.SequenceNr <= to).Take((int)Math.Min(max, int.MaxValue))];
        }
    }

    public long Highest(string persistenceId)
    {
        lock (_gate)
        {
            return _highest.GetValueOrDefault(persistenceId);
        }
    }

    public long HighestOffset()
    {
        lock (_gate)
        {
            return _offset;
        }
    }

    public void DeleteTo(string persistenceId, long to)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(persistenceId, out var rows))
            {
                return;
            }

            foreach (var row in rows.Values.Where(r => r.SequenceNr <= to).ToList())
            {
                rows.Remove(row.SequenceNr);
                _all.Remove(row.Offset);
            }
        }
    }

    public List<Row> ReadAll(long afterOffset, int max, string? tag)
    {
        lock (_gate)
        {
            if (max <= 0)
            {
                return [];
            }

            return [.. _all.Values
                .Where(r => r.Offset > afterOffset && (tag is null || r.Tags.Contains(tag, StringComparer.Ordinal)))
                .Take(max)];
        }
    }
}
