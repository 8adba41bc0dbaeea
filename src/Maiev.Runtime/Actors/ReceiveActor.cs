namespace Maiev.Runtime.Actors;

/// <summary>
/// An actor whose behaviour is a list of typed handlers, registered in its constructor or inside
/// <see cref="Become"/>. The first handler whose type (and predicate) matches handles the message.
/// An async handler's task must complete before the actor processes anything else, so state is
/// never touched concurrently, even across <c>await</c>.
/// </summary>
public abstract class ReceiveActor : ActorBase
{
    private readonly Stack<List<Handler>> _behaviours = new();
    private List<Handler> _current = [];
    private List<Handler>? _building;

    /// <summary>Opens the constructor's behaviour for registration.</summary>
    protected ReceiveActor()
    {
        _building = _current;
    }

    /// <summary>Handles messages of type <typeparamref name="T"/>.</summary>
    protected void Receive<T>(Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Add(new SyncHandler<T>(null, handler));
    }

    /// <summary>Handles messages of type <typeparamref name="T"/> that satisfy <paramref name="shouldHandle"/>.</summary>
    protected void Receive<T>(Predicate<T> shouldHandle, Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(shouldHandle);
        ArgumentNullException.ThrowIfNull(handler);
        Add(new SyncHandler<T>(shouldHandle, handler));
    }

    /// <summary>Handles messages of type <typeparamref name="T"/> asynchronously; nothing else runs until the task completes.</summary>
    protected void ReceiveAsync<T>(Func<T, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Add(new AsyncHandler<T>(null, handler));
    }

    /// <summary>Async twin of <see cref="Receive{T}(Predicate{T}, Action{T})"/>.</summary>
    protected void ReceiveAsync<T>(Predicate<T> shouldHandle, Func<T, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(shouldHandle);
        ArgumentNullException.ThrowIfNull(handler);
        Add(new AsyncHandler<T>(shouldHandle, handler));
    }

    /// <summary>Handles any message not matched by an earlier handler.</summary>
    protected void ReceiveAny(Action<object> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Add(new SyncHandler<object>(null, handler));
    }

    /// <summary>Replaces the current behaviour with the handlers <paramref name="configure"/> registers.</summary>
    protected void Become(Action configure)
    {
        _current = Build(configure);
    }

    /// <summary>Pushes a behaviour; <see cref="Unbecome"/> returns to the one below.</summary>
    protected void BecomeStacked(Action configure)
    {
        var next = Build(configure);
        _behaviours.Push(_current);
        _current = next;
    }

    /// <summary>Returns to the behaviour below the one pushed by <see cref="BecomeStacked"/>; does nothing at the bottom.</summary>
    protected void Unbecome()
    {
        if (_behaviours.Count > 0)
        {
            _current = _behaviours.Pop();
        }
    }

    /// <inheritdoc/>
    protected internal sealed override bool Receive(object message)
    {
        foreach (var handler in _current)
        {
            if (handler.TryHandle(message, out var task))
            {
                if (task is not null)
                {
                    Cell.AwaitHandler(task);
                }

                return true;
            }
        }

        return false;
    }

    internal override void OnConstructed() => _building = null;

    private List<Handler> Build(Action configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var previous = _building;
        var list = new List<Handler>();
        _building = list;
        try
        {
            configure();
        }
        finally
        {
            _building = previous;
        }

        return list;
    }

    private void Add(Handler handler)
    {
        var target = _building
            ?? throw new InvalidOperationException($"{GetType().Name}: Receive handlers can be registered only in the constructor or inside Become.");
        target.Add(handler);
    }
}
