using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Maiev.Runtime.Actors;

/// <summary>
/// A tree of actors under <c>/user</c> (yours) and <c>/system</c> (the runtime's), with an event stream
/// and dead letters. Dispose it (<c>await using</c>) to stop every actor, children before parents.
/// </summary>
public sealed class ActorSystem : IAsyncDisposable
{
    private readonly ActorCell _userGuardian;
    private readonly ActorCell _systemGuardian;
    private readonly TaskCompletionSource _userStopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _systemStopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _terminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _deadLetterCount;
    private int _terminateStarted;

    private ActorSystem(string name, ActorSystemOptions options)
    {
        Name = name;
        Options = options;
        RuntimeLogger = options.LoggerFactory.CreateLogger("Maiev.Runtime.Actors");
        DeadLetters = new DeadLetterActorRef(this, ActorPath.Root.Child("deadLetters"));
        _userGuardian = CreateGuardian("user");
        _systemGuardian = CreateGuardian("system");
        CoordinatedShutdown = new CoordinatedShutdown(this);
        CoordinatedShutdown.AddTask(ShutdownPhase.StopActors, "stop /user", async _ =>
        {
            _userGuardian.SendSystemMessage(new TerminateActor());
            await _userStopped.Task.ConfigureAwait(false);
        });
    }

    /// <summary>The system's name.</summary>
    public string Name { get; }

    /// <summary>The settings it was created with.</summary>
    public ActorSystemOptions Options { get; }

    /// <summary>Where all the system's time comes from.</summary>
    public TimeProvider TimeProvider => Options.TimeProvider;

    /// <summary>Where the system's logs go.</summary>
    public ILoggerFactory LoggerFactory => Options.LoggerFactory;

    /// <summary>Publish/subscribe by message type.</summary>
    public EventStream EventStream { get; } = new();

    /// <summary>Messages told to it, and undeliverable messages, are counted and published as <see cref="DeadLetter"/>.</summary>
    public IActorRef DeadLetters { get; }

    /// <summary>How many dead letters there have been.</summary>
    public long DeadLetterCount => Interlocked.Read(ref _deadLetterCount);

    /// <summary>The ordered shutdown that <see cref="TerminateAsync"/> runs; add your own tasks to its phases.</summary>
    public CoordinatedShutdown CoordinatedShutdown { get; }

    /// <summary>Completes when every actor has stopped.</summary>
    public Task WhenTerminated => _terminated.Task;

    internal ILogger RuntimeLogger { get; }

    internal int Throughput => Options.Throughput;

    internal SupervisorStrategy DefaultSupervisor => Options.DefaultSupervisor;

    internal ActorCell UserGuardian => _userGuardian;

    internal ActorCell SystemGuardian => _systemGuardian;

    /// <summary>Creates a running system.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or has characters other than letters, digits, '-' and '_'.</exception>
    public static ActorSystem Create(string name, ActorSystemOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"Actor system name '{name}' may contain only ASCII letters, digits, '-' and '_'.", nameof(name));
        }

        options ??= new ActorSystemOptions();
        options.Validate();
        return new ActorSystem(name, options);
    }

    /// <summary>Creates a running system from the <c>maiev.runtime</c> section of <paramref name="config"/>.</summary>
    /// <param name="name">The system's name (ASCII letters, digits, '-' and '_').</param>
    /// <param name="config">The configuration; missing keys take the reference.conf defaults.</param>
    /// <param name="time">Where all time comes from; null means <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Where logs go; null means no logging.</param>
    /// <exception cref="Configuration.ConfigException">A <c>maiev.runtime</c> key is invalid (with its origin and path).</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is malformed.</exception>
    public static ActorSystem Create(string name, Configuration.Config config, TimeProvider? time = null, ILoggerFactory? loggerFactory = null) =>
        Create(name, ActorSystemOptions.FromConfig(config, time, loggerFactory));

    /// <summary>Creates a top-level actor under <c>/user</c>.</summary>
    /// <exception cref="InvalidActorNameException">The name is malformed or taken.</exception>
    /// <exception cref="InvalidOperationException">The system is shutting down.</exception>
    public IActorRef ActorOf(Props props, string? name = null) => _userGuardian.ActorOf(props, name);

    /// <summary>Stops <paramref name="actor"/> after its current message (children first).</summary>
#pragma warning disable CA1822 // an instance member, as in Akka: system.Stop(actor)
    public void Stop(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        (actor as IInternalActorRef)?.SendSystemMessage(new TerminateActor());
    }
#pragma warning restore CA1822

    /// <summary>
    /// Runs <see cref="CoordinatedShutdown"/> (its phases in order; user actors stop in <see cref="ShutdownPhase.StopActors"/>),
    /// then stops the system actors, and completes <see cref="WhenTerminated"/>. Calling it again awaits the same shutdown.
    /// </summary>
    public async Task TerminateAsync()
    {
        if (Interlocked.Exchange(ref _terminateStarted, 1) == 0)
        {
            await CoordinatedShutdown.RunAsync().ConfigureAwait(false);
            _userGuardian.SendSystemMessage(new TerminateActor()); // in case a shutdown task timed out
            await WaitStepAsync(_userStopped.Task, "stopping /user").ConfigureAwait(false);
            _systemGuardian.SendSystemMessage(new TerminateActor());
            await WaitStepAsync(_systemStopped.Task, "stopping /system").ConfigureAwait(false);
            _terminated.TrySetResult();
        }

        await _terminated.Task.ConfigureAwait(false);
    }

    /// <summary>A snapshot of the actor tree under <c>/user</c> and <c>/system</c> (path, type, mailbox depth, restart count).</summary>
    public ImmutableArray<ActorTreeNode> GetActorTree() => [ActorTreeNode.Of(_userGuardian), ActorTreeNode.Of(_systemGuardian)];

    /// <summary>Same as <see cref="TerminateAsync"/>.</summary>
    public async ValueTask DisposeAsync() => await TerminateAsync().ConfigureAwait(false);

    /// <inheritdoc/>
    public override string ToString() => $"ActorSystem {Name}";

    /// <summary>Creates an actor under <c>/system</c> (runtime services, test probes).</summary>
    internal IActorRef SystemActorOf(Props props, string? name = null) => _systemGuardian.ActorOf(props, name);

    internal void DeadLetter(object message, IActorRef? sender, IActorRef recipient)
    {
        if (message is DeadLetter)
        {
            return;
        }

        Interlocked.Increment(ref _deadLetterCount);
        RuntimeLog.DeadLetter(RuntimeLogger, message.GetType(), sender, recipient.Path);

        EventStream.Publish(new DeadLetter(message, sender, recipient));
    }

    internal void OnGuardianTerminated(ActorCell guardian)
    {
        (ReferenceEquals(guardian, _userGuardian) ? _userStopped : _systemStopped).TrySetResult();
    }

    private ActorCell CreateGuardian(string name)
    {
        var props = Props.Create(static () => new GuardianActor()).WithSupervisor(Options.DefaultSupervisor);
        var cell = new ActorCell(this, null, ActorPath.Root.Child(name), props);
        cell.SendSystemMessage(new CreateActor());
        return cell;
    }

    private async Task WaitStepAsync(Task step, string what)
    {
        try
        {
            // Wall clock on purpose: a manual clock must not be able to hang disposal.
            await step.WaitAsync(Options.ShutdownStepTimeout, TimeProvider.System).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            RuntimeLog.ShutdownStepTimedOut(RuntimeLogger, Name, what, Options.ShutdownStepTimeout);
        }
    }
}
