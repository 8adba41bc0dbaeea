namespace Maiev.Runtime.Actors;

/// <summary>The actor behind <c>/user</c> and <c>/system</c>: it only supervises.</summary>
internal sealed class GuardianActor : ActorBase
{
    protected internal override bool Receive(object message) => message is Terminated;
}
