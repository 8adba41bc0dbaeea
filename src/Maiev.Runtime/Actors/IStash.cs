namespace Maiev.Runtime.Actors;

/// <summary>Sets messages aside to process them later (e.g. while the actor is not ready).</summary>
public interface IStash
{
    /// <summary>The number of stashed messages.</summary>
    int Count { get; }

    /// <summary>Stashes the message being processed, with its sender.</summary>
    /// <exception cref="InvalidOperationException">The current message is already stashed.</exception>
    void Stash();

    /// <summary>Puts every stashed message back in front of the mailbox, in stash order.</summary>
    void UnstashAll();
}
