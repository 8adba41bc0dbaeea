using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class ActorTreeTests
{
    [Fact]
    public async Task GetActorTree_lists_path_type_mailbox_depth_and_restart_count()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var parent = kit.ActorOf(Props.Create(() => new TestActors.Parent(probe)).WithSupervisor(new OneForOneStrategy(_ => Directive.Restart)), "services");
        parent.Tell(new TestActors.CreateChild(Props.Create(() => new TestActors.Counter(probe)), "orders"), probe);
        var child = await TestActors.ExpectCounterChildAsync(probe);
        child.Tell("boom");
        child.Tell("get", probe);
        await probe.FishForMessageAsync<int>(_ => true);

        var nodes = kit.System.GetActorTree().SelectMany(n => n.DescendantsAndSelf()).ToDictionary(n => n.Path);

        var orders = nodes["/user/services/orders"];
        Assert.Equal(typeof(TestActors.Counter).FullName, orders.ActorType);
        Assert.Equal(1, orders.RestartCount);
        Assert.Equal(0, orders.MailboxDepth);
        Assert.Single(nodes["/user/services"].Children);
        Assert.Contains("/system/probe-1", nodes.Keys);
    }
}
