using System.Globalization;
using System.Runtime.ExceptionServices;

namespace Maiev.Runtime.Actors;

/// <summary>Request/response with an actor from outside it: <c>Ask</c>.</summary>
public static class AskExtensions
{
    private static readonly TimeSpan DefaultAskTimeout = TimeSpan.FromSeconds(5);
    private static long s_askCounter;

    /// <summary>
    /// <see cref="Ask{T}(IActorRef, object, TimeSpan, CancellationToken)"/> with the target system's
    /// <see cref="ActorSystemOptions.AskTimeout"/> (<c>maiev.runtime.ask-timeout</c>; 5 seconds when the
    /// target belongs to no system).
    /// </summary>
    /// <exception cref="AskTimeoutException">No reply within the default timeout; names the target and the message type.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidCastException">The reply is not a <typeparamref name="T"/>.</exception>
    public static Task<T> Ask<T>(this IActorRef target, object message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var timeout = (target as IInternalActorRef)?.System?.Options.AskTimeout ?? DefaultAskTimeout;
        return target.Ask<T>(message, timeout, cancellationToken);
    }

    /// <summary>
    /// Tells <paramref name="message"/> to <paramref name="target"/> with a temporary sender and awaits the
    /// first reply. The timeout runs on the target system's <see cref="TimeProvider"/>.
    /// </summary>
    /// <exception cref="AskTimeoutException">No reply within <paramref name="timeout"/>; names the target and the message type.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidCastException">The reply is not a <typeparamref name="T"/>.</exception>
    /// <remarks>A <see cref="StatusFailure"/> reply is thrown as its cause.</remarks>
    public static async Task<T> Ask<T>(this IActorRef target, object message, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        var system = (target as IInternalActorRef)?.System;
        var id = Interlocked.Increment(ref s_askCounter).ToString(CultureInfo.InvariantCulture);
        var promise = new PromiseActorRef(ActorPath.Root.Child("temp").Child("ask-" + id), system);
        target.Tell(message, promise);
        object reply;
        try
        {
            reply = await promise.Reply.WaitAsync(timeout, system?.TimeProvider ?? TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new AskTimeoutException(target.Path, message.GetType(), timeout);
        }

        if (reply is StatusFailure failure && typeof(T) != typeof(StatusFailure))
        {
            ExceptionDispatchInfo.Capture(failure.Cause).Throw();
        }

        return reply is T typed
            ? typed
            : throw new InvalidCastException($"Ask of {message.GetType().Name} to {target.Path} expected a {typeof(T).Name} reply but got a {reply.GetType().Name}.");
    }
}
