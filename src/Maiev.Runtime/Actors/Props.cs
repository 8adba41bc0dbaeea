namespace Maiev.Runtime.Actors;

/// <summary>
/// How to create an actor: its factory, the strategy it supervises its children with, and its
/// mailbox. Immutable; change it with the <c>With…</c> methods or <c>with</c>.
/// </summary>
public sealed record Props
{
    private Props(Func<ActorBase> factory, Type actorType)
    {
        Factory = factory;
        ActorType = actorType;
    }

    /// <summary>Creates a new actor instance; called on start and on every restart.</summary>
    public Func<ActorBase> Factory { get; init; }

    /// <summary>The actor's type, for introspection and logs.</summary>
    public Type ActorType { get; init; }

    /// <summary>How this actor supervises its children; <see langword="null"/> for the system default.</summary>
    public SupervisorStrategy? Supervisor { get; init; }

    /// <summary>The most user messages the mailbox holds; further messages go to dead letters. 0 = unbounded.</summary>
    public int MailboxCapacity { get; init; }

    /// <summary>Props whose factory is <paramref name="factory"/>, which must return a new instance each call.</summary>
    public static Props Create<T>(Func<T> factory)
        where T : ActorBase
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new Props(factory, typeof(T));
    }

    /// <summary>Props that create <typeparamref name="T"/> with its parameterless constructor.</summary>
    public static Props Create<T>()
        where T : ActorBase, new() => new(static () => new T(), typeof(T));

    /// <summary>Returns props whose actor supervises its children with <paramref name="strategy"/>.</summary>
    public Props WithSupervisor(SupervisorStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return this with { Supervisor = strategy };
    }

    /// <summary>Returns props with a mailbox bounded to <paramref name="capacity"/> user messages.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is not positive.</exception>
    public Props WithBoundedMailbox(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        return this with { MailboxCapacity = capacity };
    }
}
