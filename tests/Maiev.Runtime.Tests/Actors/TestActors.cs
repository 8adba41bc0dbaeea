using Maiev.Runtime.Actors;

namespace Maiev.Runtime.Tests.Actors;

/// <summary>Small actors shared by the runtime tests.</summary>
internal static class TestActors
{
    /// <summary>Replies to every message with the same message.</summary>
    public sealed class Echo : ReceiveActor
    {
        public Echo() => ReceiveAny(m => Sender.Tell(m, Self));
    }

    /// <summary>Forwards everything it receives to a target, keeping the sender.</summary>
    public sealed class Forwarder : ReceiveActor
    {
        public Forwarder(IActorRef target) => ReceiveAny(m => target.Tell(m, Sender));
    }

    /// <summary>Keeps a counter; "boom" throws, "get" replies with the counter, an int adds to it. Reports lifecycle to a probe.</summary>
    public sealed class Counter : ReceiveActor
    {
        private readonly IActorRef _probe;
        private int _count;

        public Counter(IActorRef probe)
        {
            _probe = probe;
            Receive<int>(n => _count += n);
            Receive<string>(s => s == "boom", _ => throw new InvalidOperationException("boom"));
            Receive<string>(s => s == "get", _ => Sender.Tell(_count));
        }

        protected internal override void PreStart() => _probe.Tell("prestart");

        protected internal override void PostStop() => _probe.Tell("poststop");

        protected internal override void PreRestart(Exception reason, object? message)
        {
            _probe.Tell($"prerestart:{message}");
            base.PreRestart(reason, message);
        }

        protected internal override void PostRestart(Exception reason)
        {
            _probe.Tell("postrestart");
            base.PostRestart(reason);
        }
    }

    /// <summary>A parent with a given strategy that creates children on request and reports Terminated of watched children.</summary>
    public sealed class Parent : ReceiveActor
    {
        public Parent(IActorRef probe)
        {
            Receive<CreateChild>(c => Sender.Tell(Context.Watch(Context.ActorOf(c.Props, c.Name))));
            Receive<Terminated>(t => probe.Tell(t));
        }
    }

    /// <summary>
    /// Takes the parent's reply to <see cref="CreateChild"/> and a <see cref="Counter"/> child's "prestart", in
    /// whichever order they come: they have different senders, so their order is not defined.
    /// </summary>
    public static async Task<IActorRef> ExpectCounterChildAsync(Maiev.TestKit.Actors.TestProbe probe)
    {
        var two = await probe.ReceiveNAsync(2);
        Assert.Contains("prestart", two);
        return two.OfType<IActorRef>().Single();
    }

    /// <summary>Asks a <see cref="Parent"/> to create and watch a child.</summary>
    public sealed record CreateChild(Props Props, string Name);
}
