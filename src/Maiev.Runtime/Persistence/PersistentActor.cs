using Maiev.Runtime.Actors;

namespace Maiev.Runtime.Persistence;

/// <summary>
/// An event-sourced actor: its state is rebuilt from its snapshot and events when it starts (or restarts, or moves to
/// another node), and it changes state only by persisting events.
/// </summary>
/// <remarks>
/// Register handlers in the constructor: <see cref="Recover{T}"/> for <see cref="SnapshotOffer"/>, events and
/// <see cref="RecoveryCompleted"/>; <see cref="Command{T}(Action{T})"/> / <see cref="CommandAsync{T}"/> for messages.
/// Messages that arrive during recovery or while a <see cref="Persist{T}(T, Action{T})"/> is being written wait, in
/// order, until the write is confirmed. Failure semantics: a rejected write (event cannot be serialized) is not stored,
/// <see cref="OnPersistRejected"/> is told and the actor goes on; a failed write (outcome unknown) or a concurrency
/// conflict (someone else wrote to this id) calls <see cref="OnPersistFailure"/> and stops the actor — a backoff
/// supervisor restarts it and it recovers from the store. A failed recovery stops it the same way.
/// Do not register handlers with <c>Receive</c>: a persistent actor routes every message itself.
/// </remarks>
public abstract partial class PersistentActor : ReceiveActor
{
    private readonly List<Handler> _recoverHandlers = [];
    private readonly List<Handler> _commandHandlers = [];
    private bool _constructed;
    private bool _recovered;
    private bool _stopping;

    /// <summary>Creates the actor over <paramref name="persistence"/>; recovery starts once the constructor returns.</summary>
    protected PersistentActor(PersistenceContext persistence)
    {
        ArgumentNullException.ThrowIfNull(persistence);
        Persistence = persistence;
        ReceiveAsync<object>(HandleAsync);
    }

    /// <summary>The id this actor's events and snapshots are stored under; must not change over the actor's life.</summary>
    public abstract string PersistenceId { get; }

    /// <summary>The sequence number of the last event persisted or replayed (0 before the first).</summary>
    protected long LastSequenceNr { get; private set; }

    /// <summary>True until recovery completes.</summary>
    protected bool IsRecovering => !_recovered;

    /// <summary>The journal and snapshot store.</summary>
    protected PersistenceContext Persistence { get; }

    /// <summary>Handles <typeparamref name="T"/> during recovery (events, <see cref="SnapshotOffer"/>, <see cref="RecoveryCompleted"/>).</summary>
    protected void Recover<T>(Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register(_recoverHandlers, new SyncHandler<T>(null, handler));
    }

    /// <summary>Handles commands of type <typeparamref name="T"/> after recovery.</summary>
    protected void Command<T>(Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register(_commandHandlers, new SyncHandler<T>(null, handler));
    }

    /// <summary>Handles commands of type <typeparamref name="T"/> that satisfy <paramref name="shouldHandle"/>.</summary>
    protected void Command<T>(Predicate<T> shouldHandle, Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(shouldHandle);
        ArgumentNullException.ThrowIfNull(handler);
        Register(_commandHandlers, new SyncHandler<T>(shouldHandle, handler));
    }

    /// <summary>Handles commands of type <typeparamref name="T"/> asynchronously; nothing else runs until the task and its writes complete.</summary>
    protected void CommandAsync<T>(Func<T, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register(_commandHandlers, new AsyncHandler<T>(null, handler));
    }

    /// <summary>Handles any command not matched by an earlier handler.</summary>
    protected void CommandAny(Action<object> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register(_commandHandlers, new SyncHandler<object>(null, handler));
    }

    /// <summary>Tags to store with <paramref name="persistedEvent"/> (for <see cref="IJournal.ReadTaggedAsync"/>); none by default.</summary>
    protected virtual IEnumerable<string> TagsFor(object persistedEvent) => [];

    /// <summary>Which snapshot recovery starts from; the latest by default, <see cref="SnapshotSelectionCriteria.None"/> to replay everything.</summary>
    protected virtual SnapshotSelectionCriteria RecoverySnapshot => SnapshotSelectionCriteria.Latest;

    internal override void OnConstructed()
    {
        base.OnConstructed();
        _constructed = true;
        Cell.EnqueueInternal(StartRecovery.Instance, null); // recovery runs even if no message ever comes
    }

    private void Register(List<Handler> handlers, Handler handler)
    {
        if (_constructed)
        {
            throw new InvalidOperationException($"{GetType().Name}: Recover and Command handlers can be registered only in the constructor.");
        }

        handlers.Add(handler);
    }

    private async Task HandleAsync(object message)
    {
        if (_stopping)
        {
            return; // stopped after a failure: what is left goes nowhere
        }

        if (!_recovered)
        {
            await RecoverAsync();
            if (_stopping)
            {
                return;
            }
        }

        if (message is StartRecovery)
        {
            return;
        }

        Task? task = null;
        var handled = false;
        foreach (var handler in _commandHandlers)
        {
            if (handler.TryHandle(message, out task))
            {
                handled = true;
                break;
            }
        }

        if (!handled)
        {
            if (message is not IPersistenceResult)
            {
                Unhandled(message);
            }

            return;
        }

        if (task is not null)
        {
            await task;
        }

        await FlushAsync();
    }

    private sealed class StartRecovery
    {
        public static readonly StartRecovery Instance = new();
    }
}
