using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class ActorSystemTests
{
    [Fact]
    public async Task ActorOf_gives_paths_under_user_and_children_under_their_parent()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var parent = kit.ActorOf(Props.Create(() => new TestActors.Parent(probe)), "services");

        parent.Tell(new TestActors.CreateChild(Props.Create(() => new TestActors.Echo()), "orders"), probe);
        var child = await probe.ExpectMsgAsync<IActorRef>();

        Assert.Equal("/user/services", parent.Path.ToString());
        Assert.Equal("/user/services/orders", child.Path.ToString());
        Assert.Equal(parent.Path, child.Path.Parent);
    }

    [Fact]
    public async Task ActorOf_with_a_duplicate_sibling_name_throws_naming_the_name_and_parent()
    {
        await using var kit = new ActorTestKit();
        kit.ActorOf(Props.Create(() => new TestActors.Echo()), "same");

        var error = Assert.Throws<InvalidActorNameException>(() => kit.ActorOf(Props.Create(() => new TestActors.Echo()), "same"));

        Assert.Contains("'same'", error.Message, StringComparison.Ordinal);
        Assert.Contains("/user", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("$reserved")]
    [InlineData("with space")]
    public async Task ActorOf_with_a_malformed_name_throws(string name)
    {
        await using var kit = new ActorTestKit();

        var error = Assert.Throws<InvalidActorNameException>(() => kit.ActorOf(Props.Create(() => new TestActors.Echo()), name));

        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tell_with_sender_lets_the_actor_reply_to_it()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var echo = kit.ActorOf(Props.Create(() => new TestActors.Echo()), "echo");

        echo.Tell("hello", probe);

        Assert.Equal("hello", await probe.ExpectMsgAsync<string>());
        Assert.Equal(echo, probe.LastSender);
    }

    [Fact]
    public async Task Refs_to_the_same_path_are_equal_and_hash_alike()
    {
        await using var kit = new ActorTestKit();
        var echo = kit.ActorOf(Props.Create(() => new TestActors.Echo()), "echo");
        var other = kit.ActorOf(Props.Create(() => new TestActors.Echo()), "other");

        Assert.Equal(echo, kit.System.UserGuardian.Child("echo"));
        Assert.Equal(echo.GetHashCode(), kit.System.UserGuardian.Child("echo")!.GetHashCode());
        Assert.NotEqual(echo, other);
    }

    [Fact]
    public async Task Creating_an_actor_with_new_outside_props_throws_a_clear_error()
    {
        await using var kit = new ActorTestKit();

        var error = Assert.Throws<InvalidOperationException>(() => new TestActors.Echo());

        Assert.Contains("Props", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_stops_every_actor_and_runs_PostStop()
    {
        var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        kit.ActorOf(Props.Create(() => new TestActors.Counter(probe)), "counter");
        await probe.ExpectMsgAsync("prestart");

        var terminate = kit.System.TerminateAsync();
        await probe.ExpectMsgAsync("poststop");
        await terminate.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(kit.System.WhenTerminated.IsCompletedSuccessfully);
        Assert.Throws<InvalidOperationException>(() => kit.ActorOf(Props.Create(() => new TestActors.Echo()), "late"));
        await kit.DisposeAsync();
    }

    [Fact]
    public void Create_rejects_a_bad_system_name()
    {
        var error = Assert.Throws<ArgumentException>(() => ActorSystem.Create("bad name"));

        Assert.Contains("'bad name'", error.Message, StringComparison.Ordinal);
    }

    private sealed class Relay : ReceiveActor
    {
        public Relay(IActorRef target) => ReceiveAny(m => target.Tell(m));
    }

    [Fact]
    public async Task Tell_inside_a_handler_defaults_the_sender_to_the_actor()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var relay = kit.ActorOf(Props.Create(() => new Relay(probe)), "relay");

        relay.Tell("hi");

        await probe.ExpectMsgAsync("hi");
        Assert.Equal(relay, probe.LastSender);
    }

    [Fact]
    public void Options_and_props_reject_out_of_range_settings_naming_them()
    {
        var throughput = Assert.Throws<ArgumentOutOfRangeException>(() => ActorSystem.Create("x", new ActorSystemOptions { Throughput = 0 }));
        var capacity = Assert.Throws<ArgumentOutOfRangeException>(() => Props.Create(() => new TestActors.Echo()).WithBoundedMailbox(0));

        Assert.Equal("Throughput", throughput.ParamName);
        Assert.Equal("capacity", capacity.ParamName);
    }
}
