namespace Maiev.Runtime.Actors;

/// <summary>What a supervisor does with a child that threw.</summary>
public enum Directive
{
    /// <summary>Keep the instance and its state; drop the failing message and go on.</summary>
    Resume,

    /// <summary>Replace the instance with a fresh one; the mailbox is kept.</summary>
    Restart,

    /// <summary>Stop the child.</summary>
    Stop,

    /// <summary>Fail the supervisor itself with the same exception.</summary>
    Escalate,
}
