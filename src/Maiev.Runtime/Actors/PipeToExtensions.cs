namespace Maiev.Runtime.Actors;

/// <summary>Returns an async result to an actor as a message, so it is handled in the actor's mailbox order.</summary>
public static class PipeToExtensions
{
    /// <summary>
    /// When <paramref name="task"/> completes, tells <paramref name="recipient"/> its result (mapped by
    /// <paramref name="success"/> if given) or, on failure or cancellation, a <see cref="StatusFailure"/>
    /// (or what <paramref name="failure"/> maps the exception to).
    /// </summary>
    /// <returns>A task that completes once the message is told; it never faults.</returns>
    public static Task PipeTo<T>(
        this Task<T> task,
        IActorRef recipient,
        IActorRef? sender = null,
        Func<T, object>? success = null,
        Func<Exception, object>? failure = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recipient);
        return PipeAsync(task, recipient, sender, success, failure);
    }

    /// <summary>
    /// When <paramref name="task"/> completes, tells <paramref name="recipient"/> what <paramref name="success"/> returns
    /// (default <see cref="StatusSuccess"/>) or, on failure or cancellation, a <see cref="StatusFailure"/>
    /// (or what <paramref name="failure"/> maps the exception to).
    /// </summary>
    /// <returns>A task that completes once the message is told; it never faults.</returns>
    public static Task PipeTo(
        this Task task,
        IActorRef recipient,
        IActorRef? sender = null,
        Func<object>? success = null,
        Func<Exception, object>? failure = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recipient);
        return task.ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    recipient.Tell(success is null ? new StatusSuccess(null) : success(), sender);
                    return;
                }

                var cause = Unwrap(t);
                recipient.Tell(failure is null ? new StatusFailure(cause) : failure(cause), sender);
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private static async Task PipeAsync<T>(
        Task<T> task, IActorRef recipient, IActorRef? sender, Func<T, object>? success, Func<Exception, object>? failure)
    {
        object message;
        try
        {
            var value = await task.ConfigureAwait(false);
            message = (success is null ? value : success(value))
                ?? new StatusFailure(new InvalidOperationException("PipeTo result was null."));
        }
        catch (Exception e)
        {
            // A failed or cancelled task, or a throwing success mapping: the recipient hears of it either way.
            message = failure is null ? new StatusFailure(e) : failure(e);
        }

        recipient.Tell(message, sender);
    }

    private static Exception Unwrap(Task t) =>
        t.Exception?.InnerExceptions.Count == 1 ? t.Exception.InnerException! : (Exception?)t.Exception ?? new TaskCanceledException(t);
}
