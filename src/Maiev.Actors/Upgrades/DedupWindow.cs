namespace Maiev.Actors.Upgrades;

/// <summary>
/// The last <see cref="Capacity"/> event ids seen, oldest first: remembering one more forgets the oldest. Not
/// thread-safe (an actor's state).
/// </summary>
internal sealed class DedupWindow
{
    private readonly Queue<string> _order = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>Creates an empty window of <paramref name="capacity"/> ids.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is not positive.</exception>
    public DedupWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>How many ids are remembered at most.</summary>
    public int Capacity { get; }

    /// <summary>How many ids are remembered now.</summary>
    public int Count => _order.Count;

    /// <summary>The remembered ids, oldest first (what a snapshot stores).</summary>
    public IReadOnlyList<string> Ids => [.. _order];

    /// <summary>Whether <paramref name="id"/> is remembered.</summary>
    public bool Contains(string id) => _ids.Contains(id);

    /// <summary>Remembers <paramref name="id"/>; false when it already was (nothing changes then).</summary>
    public bool Add(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!_ids.Add(id))
        {
            return false;
        }

        _order.Enqueue(id);
        while (_order.Count > Capacity)
        {
            _ids.Remove(_order.Dequeue());
        }

        return true;
    }
}
