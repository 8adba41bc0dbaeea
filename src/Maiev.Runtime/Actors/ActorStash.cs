namespace Maiev.Runtime.Actors;

/// <summary>A cell's stash; survives restarts (its messages are unstashed), goes to dead letters on stop.</summary>
internal sealed class ActorStash(ActorCell cell) : IStash
{
    private readonly List<Envelope> _stashed = [];
    private readonly Queue<Envelope> _unstashed = new();

    public int Count => _stashed.Count;

    public bool HasUnstashed => _unstashed.Count > 0;

    public void Stash()
    {
        var message = cell.CurrentMessage ?? throw new InvalidOperationException($"Actor {cell.Path} has no current message to stash.");
        if (_stashed.Count > 0 && ReferenceEquals(_stashed[^1].Message, message))
        {
            throw new InvalidOperationException($"Actor {cell.Path} stashed the same {message.GetType().Name} twice.");
        }

        _stashed.Add(new Envelope(message, cell.CurrentSender));
    }

    public void UnstashAll()
    {
        if (_stashed.Count == 0)
        {
            return;
        }

        var rest = _unstashed.ToArray();
        _unstashed.Clear();
        foreach (var envelope in _stashed)
        {
            _unstashed.Enqueue(envelope);
        }

        foreach (var envelope in rest)
        {
            _unstashed.Enqueue(envelope);
        }

        _stashed.Clear();
    }

    public bool TryTakeUnstashed(out Envelope envelope) => _unstashed.TryDequeue(out envelope);

    /// <summary>Removes and returns everything held, stashed or unstashed.</summary>
    public List<Envelope> DrainAll()
    {
        var all = new List<Envelope>(_unstashed);
        all.AddRange(_stashed);
        _unstashed.Clear();
        _stashed.Clear();
        return all;
    }
}
