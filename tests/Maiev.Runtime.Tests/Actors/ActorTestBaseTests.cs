using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class ActorTestBaseTests : ActorTestBase
{
    [Fact]
    public async Task The_base_gives_each_test_a_system_on_a_manual_clock()
    {
        var probe = CreateProbe();
        var echo = Sys.ActorOf(Props.Create(() => new TestActors.Echo()), "echo");
        var before = Clock.GetUtcNow();

        echo.Tell("ping", probe);
        Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal("ping", await probe.ExpectMsgAsync<string>());
        Assert.Equal(before.AddHours(1), Sys.TimeProvider.GetUtcNow());
    }
}
