namespace Maiev.Runtime.Actors;

/// <summary>One typed handler of a <see cref="ReceiveActor"/> behaviour.</summary>
internal abstract class Handler
{
    /// <summary>Handles <paramref name="message"/> if it matches; an async handler's task comes back in <paramref name="task"/>.</summary>
    public abstract bool TryHandle(object message, out Task? task);
}

/// <summary>A synchronous handler for messages of type <typeparamref name="T"/>.</summary>
internal sealed class SyncHandler<T>(Predicate<T>? predicate, Action<T> action) : Handler
{
    public override bool TryHandle(object message, out Task? task)
    {
        task = null;
        if (message is T typed && (predicate is null || predicate(typed)))
        {
            action(typed);
            return true;
        }

        return false;
    }
}

/// <summary>An asynchronous handler for messages of type <typeparamref name="T"/>.</summary>
internal sealed class AsyncHandler<T>(Predicate<T>? predicate, Func<T, Task> action) : Handler
{
    public override bool TryHandle(object message, out Task? task)
    {
        if (message is T typed && (predicate is null || predicate(typed)))
        {
            task = action(typed);
            return true;
        }

        task = null;
        return false;
    }
}
