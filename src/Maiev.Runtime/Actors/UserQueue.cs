namespace Maiev.Runtime.Actors;

/// <summary>
/// A lock-free multi-producer, single-consumer FIFO (an intrusive linked list with a stub node).
/// Producers swap the tail then link; the consumer alone moves the head. A producer between its
/// swap and its link makes the queue look empty for an instant; the cell's scheduling re-checks
/// after it goes idle, so no message is stranded.
/// </summary>
internal struct UserQueue
{
    private Node _head;
    private Node _tail;

    public UserQueue()
    {
        _head = _tail = new Node(null, null);
    }

    public readonly bool IsEmpty => Volatile.Read(ref _head.Next) is null;

    public void Enqueue(object message, IActorRef? sender)
    {
        var node = new Node(message, sender);
        var previous = Interlocked.Exchange(ref _tail, node);
        Volatile.Write(ref previous.Next, node);
    }

    public bool TryDequeue(out Envelope envelope)
    {
        var next = Volatile.Read(ref _head.Next);
        if (next is null)
        {
            envelope = default;
            return false;
        }

        _head = next;
        envelope = new Envelope(next.Message!, next.Sender);
        next.Message = null;
        next.Sender = null;
        return true;
    }

    private sealed class Node(object? message, IActorRef? sender)
    {
        public object? Message = message;
        public IActorRef? Sender = sender;
        public Node? Next;
    }
}
