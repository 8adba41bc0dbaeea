using System.Threading.Channels;
using Maiev.Runtime.Actors;
using Xunit.Sdk;

namespace Maiev.TestKit.Actors;

/// <summary>
/// An actor reference the test reads from: pass it as a sender or a reply-to, then expect what
/// arrives. Every wait has a (wall-clock) timeout and fails with a message that says what was
/// expected and what was seen. Use one probe from one test thread at a time.
/// </summary>
public sealed class TestProbe : IInternalActorRef
{
    private readonly Channel<ProbeEnvelope> _queue = Channel.CreateUnbounded<ProbeEnvelope>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IInternalActorRef _actor;

    internal TestProbe(ActorSystem system, string name, TimeSpan defaultTimeout)
    {
        _actor = (IInternalActorRef)system.SystemActorOf(Props.Create(() => new ProbeActor(_queue.Writer)), name);
        DefaultTimeout = defaultTimeout;
    }

    /// <inheritdoc/>
    public ActorPath Path => _actor.Path;

    ActorSystem? IInternalActorRef.System => _actor.System;

    /// <summary>How long an expectation waits when no timeout is given.</summary>
    public TimeSpan DefaultTimeout { get; }

    /// <summary>The sender of the last message taken by an expectation.</summary>
    public IActorRef? LastSender { get; private set; }

    /// <summary>The last message taken by an expectation.</summary>
    public object? LastMessage { get; private set; }

    /// <inheritdoc/>
    public void Tell(object message, IActorRef? sender = null) => _actor.Tell(message, sender);

    void IInternalActorRef.SendSystemMessage(SystemMessage message) => _actor.SendSystemMessage(message);

    /// <summary>Tells <paramref name="message"/> to <paramref name="target"/> with this probe as the sender.</summary>
    public void Send(IActorRef target, object message)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Tell(message, this);
    }

    /// <summary>Replies to <see cref="LastSender"/> with this probe as the sender.</summary>
    /// <exception cref="XunitException">Nothing has been received yet.</exception>
    public void Reply(object message) =>
        (LastSender ?? throw new XunitException($"Probe {Path} cannot reply: it has received nothing yet.")).Tell(message, this);

    /// <summary>Watches <paramref name="actor"/>; its <see cref="Terminated"/> arrives like any message.</summary>
    public IActorRef Watch(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        _actor.Tell(new ProbeWatch(actor));
        return actor;
    }

    /// <summary>Stops watching <paramref name="actor"/>.</summary>
    public void Unwatch(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        _actor.Tell(new ProbeUnwatch(actor));
    }

    /// <summary>Takes the next message and checks it is a <typeparamref name="T"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(TimeSpan? timeout = null) => ExpectMsgAsync<T>(static _ => true, timeout, "any");

    /// <summary>Takes the next message and checks it is a <typeparamref name="T"/> that satisfies <paramref name="predicate"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(Predicate<T> predicate, TimeSpan? timeout = null) =>
        ExpectMsgAsync(predicate, timeout, "matching the predicate");

    /// <summary>Takes the next message and checks it equals <paramref name="expected"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(T expected, TimeSpan? timeout = null)
        where T : notnull => ExpectMsgAsync<T>(m => EqualityComparer<T>.Default.Equals(m, expected), timeout, $"equal to {expected}");

    /// <summary>Waits <paramref name="duration"/> and fails if any message arrives meanwhile.</summary>
    public async Task ExpectNoMsgAsync(TimeSpan duration)
    {
        var envelope = await TryReceiveAsync(duration).ConfigureAwait(false);
        if (envelope is not null)
        {
            throw new XunitException($"Probe {Path} expected no message for {duration} but got {Describe(envelope)}.");
        }
    }

    /// <summary>Skips messages until one is a <typeparamref name="T"/> satisfying <paramref name="predicate"/>; fails on timeout, listing what was skipped.</summary>
    public async Task<T> FishForMessageAsync<T>(Predicate<T> predicate, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var limit = timeout ?? DefaultTimeout;
        using var cts = new CancellationTokenSource(limit);
        var skipped = new List<string>();
        while (true)
        {
            ProbeEnvelope envelope;
            try
            {
                envelope = await _queue.Reader.ReadAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw new XunitException(
                    $"Probe {Path} fished for a {typeof(T).Name} for {limit} and did not find one; skipped {skipped.Count}: [{string.Join(", ", skipped.TakeLast(10))}].");
            }

            Take(envelope);
            if (envelope.Message is T typed && predicate(typed))
            {
                return typed;
            }

            skipped.Add(Describe(envelope));
        }
    }

    /// <summary>Expects <see cref="Terminated"/> for <paramref name="actor"/> (watch it first).</summary>
    public Task<Terminated> ExpectTerminatedAsync(IActorRef actor, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ExpectMsgAsync<Terminated>(t => t.ActorRef.Equals(actor), timeout, $"for {actor.Path}");
    }

    /// <summary>Takes the next <paramref name="count"/> messages, whatever they are.</summary>
    public async Task<IReadOnlyList<object>> ReceiveNAsync(int count, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        using var cts = new CancellationTokenSource(limit);
        var result = new List<object>(count);
        try
        {
            while (result.Count < count)
            {
                var envelope = await _queue.Reader.ReadAsync(cts.Token).ConfigureAwait(false);
                Take(envelope);
                result.Add(envelope.Message);
            }
        }
        catch (OperationCanceledException)
        {
            throw new XunitException($"Probe {Path} expected {count} messages within {limit} but got {result.Count}.");
        }

        return result;
    }

    /// <summary>Runs <paramref name="block"/> and fails if it does not finish within <paramref name="max"/>.</summary>
    public async Task<T> WithinAsync<T>(TimeSpan max, Func<Task<T>> block)
    {
        ArgumentNullException.ThrowIfNull(block);
        try
        {
            return await block().WaitAsync(max).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new XunitException($"Probe {Path}: the block did not finish within {max}.");
        }
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IActorRef other && Path.Equals(other.Path);

    /// <inheritdoc/>
    public override int GetHashCode() => Path.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => $"TestProbe {Path}";

    private async Task<T> ExpectMsgAsync<T>(Predicate<T> predicate, TimeSpan? timeout, string what)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var limit = timeout ?? DefaultTimeout;
        var envelope = await TryReceiveAsync(limit).ConfigureAwait(false)
            ?? throw new XunitException($"Probe {Path} expected a {typeof(T).Name} ({what}) within {limit} but no message arrived.");
        Take(envelope);
        if (envelope.Message is T typed && predicate(typed))
        {
            return typed;
        }

        throw new XunitException($"Probe {Path} expected a {typeof(T).Name} ({what}) but got {Describe(envelope)}.");
    }

    private async Task<ProbeEnvelope?> TryReceiveAsync(TimeSpan limit)
    {
        using var cts = new CancellationTokenSource(limit);
        try
        {
            return await _queue.Reader.ReadAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private void Take(ProbeEnvelope envelope)
    {
        LastMessage = envelope.Message;
        LastSender = envelope.Sender;
    }

    private static string Describe(ProbeEnvelope envelope) =>
        $"{envelope.Message.GetType().Name} {envelope.Message} from {envelope.Sender.Path}";
}
