using Maiev.Runtime.Actors;

namespace Maiev.Actors.Tests.Upgrades;

/// <summary>Starts one child and forwards whatever the child tells its parent to <c>to</c> (a probe).</summary>
internal sealed class ForwardingParent : ReceiveActor
{
    private readonly Props _child;
    private readonly string _name;

    private ForwardingParent(Props child, string name, IActorRef to)
    {
        _child = child;
        _name = name;
        ReceiveAny(message => to.Tell(message, Sender));
    }

    public static Props Props(Props child, IActorRef to, string name = "upgrade") =>
        Runtime.Actors.Props.Create(() => new ForwardingParent(child, name, to));

    protected override void PreStart() => Context.ActorOf(_child, _name);
}
