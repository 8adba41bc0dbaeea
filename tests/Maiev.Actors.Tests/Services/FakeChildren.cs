using Maiev.Actors.Hosting;
using Maiev.Actors.Services;
using Maiev.Runtime.Actors;

namespace Maiev.Actors.Tests.Services;

/// <summary>A child that does nothing (stands in for probes fed directly by the test).</summary>
internal sealed class IdleActor : ReceiveActor
{
    public IdleActor() => ReceiveAny(_ => { });
}

/// <summary>
/// Stands in for the ScalerActor: reports the harness's replicas and image on start, forwards every
/// <see cref="ApplyScale"/> to the test and applies it; "crash" makes it throw.
/// </summary>
internal sealed class FakeScaler : ReceiveActor
{
    private readonly ServiceHarness _harness;
    private readonly IActorRef _probe;

    public FakeScaler(ServiceHarness harness, IActorRef probe)
    {
        _harness = harness;
        _probe = probe;
        Receive<ApplyScale>(apply =>
        {
            _harness.Replicas = apply.Replicas;
            _probe.Tell(apply, Self);
            Context.Parent.Tell(new ScaleResult(apply.Replicas, true, null));
        });
        Receive<string>(s => s == "crash", _ => throw new InvalidOperationException("scaler crashed on purpose"));
    }

    protected override void PreStart()
    {
        Context.Parent.Tell(new ServiceObserved(true, _harness.Replicas, _harness.Image, null));
        _probe.Tell("scaler started", Self);
    }
}

/// <summary>Stands in for the UpgradeActor: reports the request it was started with to the test.</summary>
internal sealed class FakeUpgrade : ReceiveActor
{
    private readonly UpgradeChildRequest _request;
    private readonly IActorRef _probe;

    public FakeUpgrade(UpgradeChildRequest request, IActorRef probe)
    {
        _request = request;
        _probe = probe;
        ReceiveAny(_ => { });
    }

    protected override void PreStart() => _probe.Tell(_request, Self);
}

/// <summary>Hosts one child and forwards everything the child tells its parent to a test probe.</summary>
internal sealed class ChildHost : ReceiveActor
{
    private readonly Props _child;
    private readonly IActorRef _probe;

    public ChildHost(Props child, IActorRef probe)
    {
        _child = child;
        _probe = probe;
        ReceiveAny(m => _probe.Tell(m, Sender));
    }

    protected override void PreStart() => Context.ActorOf(_child, "child");
}
